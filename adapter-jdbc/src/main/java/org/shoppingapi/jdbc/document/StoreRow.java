package org.shoppingapi.jdbc.document;

import java.util.Map;

/** A stored store reference. */
public record StoreRow(String id, Map<String, Object> attributes) {
}
