package org.shoppingapi.domain.content;

import java.util.Map;
import org.shoppingapi.domain.common.Attributes;

/** The store (sales location) of an order or item: its {@code id} plus opaque wire fields. */
public record Store(String id, Map<String, Object> attributes) {

    public Store {
        attributes = Attributes.copy(attributes);
    }

    public static Store of(String id) {
        return new Store(id, Map.of());
    }
}
