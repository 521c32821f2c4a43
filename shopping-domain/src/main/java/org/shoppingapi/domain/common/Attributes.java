package org.shoppingapi.domain.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for opaque pass-through maps and lists, which (unlike {@code Map.copyOf}) may hold JSON nulls. */
public final class Attributes {

    private Attributes() {
    }

    /** An unmodifiable, order-keeping copy; {@code null} becomes an empty map. */
    public static Map<String, Object> copy(Map<String, ?> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<String, Object>(attributes));
    }

    /** An unmodifiable copy of a list of model values; {@code null} becomes an empty list. */
    public static <T> List<T> list(List<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
