package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.Order;

/**
 * The body of PUT /orders/{order_id} → the changes the order applies. Settable fields are type-checked as the order
 * object types them and kept (a {@code null} clears one); content fields fixed at creation ({@code items},
 * {@code currency}, ...) are passed on so the order refuses them by name; anything else (read-only fields such as
 * {@code id} or {@code status}, unknown fields) is ignored, as unknown request fields always are (SPEC §1).
 */
public final class OrderUpdateMapper {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** Content fields a client sets when the order is created and never after. */
    private static final Set<String> FIXED_CONTENT = fixedContent();

    private final ObjectMapper json;

    public OrderUpdateMapper(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, Object> changes(Map<String, Object> body) {
        if (body == null) {
            throw ValidationException.of("body", "is required: an object with the fields to change");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Object> field : body.entrySet()) {
            String name = field.getKey();
            if (Order.SETTABLE.contains(name)) {
                typed(name, field.getValue(), errors, changes);
            } else if (FIXED_CONTENT.contains(name)) {
                changes.put(name, field.getValue());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return changes;
    }

    /** The value as the order object types it (so what is stored always reads back), or an error naming it. */
    private void typed(String name, Object value, List<FieldError> errors, Map<String, Object> changes) {
        if (value == null) {
            changes.put(name, null);
            return;
        }
        Map<String, Object> single = new LinkedHashMap<>();
        single.put(name, value);
        try {
            OrderJson typed = json.convertValue(single, OrderJson.class);
            changes.put(name, json.convertValue(typed, MAP).get(name));
        } catch (IllegalArgumentException wrongType) {
            errors.add(FieldError.of(name, "has a wrong type or format"));
        }
    }

    private static Set<String> fixedContent() {
        Set<String> fixed = new LinkedHashSet<>(List.of("order_id", "currency", "store", "items"));
        fixed.addAll(OrderContent.PASS_THROUGH);
        fixed.removeAll(Order.SETTABLE);
        return Set.copyOf(fixed);
    }
}
