package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.OrderChanges;
import org.shoppingapi.ports.in.Caller;

/**
 * Change an existing order: its extension fields set over the order's own, and the fixed content the client also
 * sent, which the order refuses by name ({@link OrderChanges}).
 */
public record UpdateOrderCommand(Caller caller, String orderRef, OrderChanges changes) {

    public UpdateOrderCommand {
        Caller.require(caller);
        OrderCommandRules.requireOrderRef(orderRef);
        if (changes == null) {
            throw ValidationException.of("body", "is required: an object with the fields to change");
        }
    }
}
