package org.shoppingapi.ports.in.order;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.Caller;

/**
 * PUT /orders/{order_id}: the attributes to change, keyed by wire name (a {@code null} value clears one); absent
 * attributes stay. Which keys may change is the order's rule ({@code Order.SETTABLE}).
 */
public record UpdateOrderCommand(Caller caller, String orderRef, Map<String, Object> changes) {

    public UpdateOrderCommand {
        Caller.require(caller);
        OrderCommandRules.requireOrderRef(orderRef);
        if (changes == null) {
            throw ValidationException.of("body", "is required: an object with the fields to change");
        }
        // A copy that keeps null values (a cleared field), which Map.copyOf would refuse.
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
