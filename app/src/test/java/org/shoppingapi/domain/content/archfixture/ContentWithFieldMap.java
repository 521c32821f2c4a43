package org.shoppingapi.domain.content.archfixture;

import java.util.Map;

/** Breaks content_carries_pass_through_fields_as_extensions: content keeping the client's fields as a map. */
public record ContentWithFieldMap(String currency, Map<String, Object> attributes) {
}
