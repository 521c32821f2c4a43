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
 * The body of PUT /orders/{order_id} → the changes the order applies. Settable fields are checked against the shape
 * the order object gives them ({@link ContentFields}) and kept (a {@code null} clears one); content fields fixed at
 * creation ({@code items}, {@code currency}, ...) are passed on by name so the order refuses them; anything else
 * (read-only fields such as {@code id} or {@code status}, unknown fields) is ignored, as unknown request fields
 * always are (SPEC §1).
 */
public final class OrderUpdateMapper {

    /** The order object's fields a client may change after creation; each keeps the shape the order gives it. */
    private static final Map<String, ContentFields.Shape> SETTABLE = settable(List.of("courier_id", "pickup_at",
            "delivery_id", "delivery_at", "comment", "shipping_address", "billing_address", "external_ids",
            "external_links", "metadata"));

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
            ContentFields.Shape shape = SETTABLE.get(name);
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

    private static Map<String, ContentFields.Shape> settable(List<String> names) {
        Map<String, ContentFields.Shape> settable = new LinkedHashMap<>();
        for (String name : names) {
            settable.put(name, ContentFields.orderField(name).orElseThrow().shape());
        }
        return Map.copyOf(settable);
    }

    private static Set<String> fixedContent() {
        Set<String> fixed = new LinkedHashSet<>(List.of("order_id", "currency", "store", "items"));
        ContentFields.ORDER.forEach(field -> fixed.add(field.name()));
        fixed.removeAll(SETTABLE.keySet());
        return Set.copyOf(fixed);
    }
}
