package org.shoppingapi.domain.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fields the core carries for a client without reading them (addresses, references, metadata ...): JSON-like values
 * (maps, lists, text, numbers, booleans, {@code null}) under the client's own names, in the order they came. Which
 * names exist is the adapters' business; the core only keeps, merges and hands them back.
 */
public final class Extensions {

    public static final Extensions NONE = new Extensions(Map.of());

    private final Map<String, Object> values;

    private Extensions(Map<String, Object> values) {
        this.values = values;
    }

    /** An unmodifiable, order-keeping copy of {@code values}, which may hold {@code null}s; {@code null} is none. */
    public static Extensions of(Map<String, ?> values) {
        Map<String, Object> copy = Attributes.copy(values);
        return copy.isEmpty() ? NONE : new Extensions(copy);
    }

    /** These fields with every field of {@code changes} set over them (a {@code null} value is kept as sent). */
    public Extensions with(Extensions changes) {
        if (changes.values.isEmpty()) {
            return this;
        }
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(changes.values);
        return new Extensions(Collections.unmodifiableMap(merged));
    }

    /** The value under {@code name}; empty when absent or {@code null}. */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * The scalar under {@code field} of the object under {@code name}, as text (a number is read as its text); empty
     * when either is absent or {@code null}, the value is not an object, or the field holds an object or a list.
     * Adapters use it to lift a key the core keeps typed (such as the customer's id) out of the fields it carries.
     */
    public Optional<String> scalarText(String name, String field) {
        if (values.get(name) instanceof Map<?, ?> object && object.get(field) != null
                && !(object.get(field) instanceof Map<?, ?>) && !(object.get(field) instanceof List<?>)) {
            return Optional.of(String.valueOf(object.get(field)));
        }
        return Optional.empty();
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The fields as an unmodifiable map in their order, for adapters that write them out. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Extensions that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "Extensions" + values;
    }
}
