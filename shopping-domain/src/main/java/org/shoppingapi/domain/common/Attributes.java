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
    public static Map<String, Object> copy(Map<String, Object> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** An unmodifiable copy of a list of model values; {@code null} becomes an empty list. */
    public static <T> List<T> list(List<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A copy of {@code attributes} with {@code key} set (or removed when {@code value} is absent). */
    public static Map<String, Object> with(Map<String, Object> attributes, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(attributes == null ? Map.of() : attributes);
        copy.put(key, value);
        return Collections.unmodifiableMap(copy);
    }
}
