package org.shoppingapi.rest.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.OrderChanges;

/**
 * The body of PUT /orders/{order_id} → the changes the order applies. Settable fields are checked against the type
 * the order object gives them and kept (a {@code null} clears one); content fields fixed at creation ({@code items},
 * {@code currency}, ...) are passed on by name so the order refuses them; anything else (read-only fields such as
 * {@code id} or {@code status}, unknown fields) is ignored, as unknown request fields always are (SPEC §1).
 */
public final class OrderUpdateMapper {

    /** What a settable field's value must be: the type {@link OrderJson} gives the field. */
    private enum Shape {
        TEXT, OBJECT, ANY;

        boolean admits(Object value) {
            return switch (this) {
                case TEXT -> value instanceof String;
                case OBJECT -> value instanceof Map<?, ?>;
                case ANY -> true;
            };
        }
    }

    /** The order object's fields a client may change after creation, each with its shape. */
    private static final Map<String, Shape> SETTABLE = settable();

    /** Content fields a client sets when the order is created and never after. */
    private static final Set<String> FIXED_CONTENT = fixedContent();

    public OrderChanges changes(Map<String, Object> body) {
        if (body == null) {
            throw ValidationException.of("body", "is required: an object with the fields to change");
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        List<String> fixed = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Object> field : body.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            Shape shape = SETTABLE.get(name);
            if (shape != null) {
                if (value == null || shape.admits(value)) {
                    extensions.put(name, value);
                } else {
                    errors.add(FieldError.of(name, "has a wrong type or format"));
                }
            } else if (FIXED_CONTENT.contains(name)) {
                fixed.add(name);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OrderChanges(Extensions.of(extensions), fixed);
    }

    private static Map<String, Shape> settable() {
        Map<String, Shape> settable = new LinkedHashMap<>();
        for (String text : List.of("courier_id", "pickup_at", "delivery_id", "delivery_at", "comment")) {
            settable.put(text, Shape.TEXT);
        }
        for (String object : List.of("shipping_address", "billing_address", "metadata")) {
            settable.put(object, Shape.OBJECT);
        }
        settable.put("external_ids", Shape.ANY);
        settable.put("external_links", Shape.ANY);
        return Map.copyOf(settable);
    }

    private static Set<String> fixedContent() {
        Set<String> fixed = new LinkedHashSet<>(List.of("order_id", "currency", "store", "items"));
        fixed.addAll(ContentFields.ORDER);
        fixed.removeAll(SETTABLE.keySet());
        return Set.copyOf(fixed);
    }
}
