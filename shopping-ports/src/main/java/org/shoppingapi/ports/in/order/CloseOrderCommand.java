package org.shoppingapi.ports.in.order;

import org.shoppingapi.ports.in.Caller;

/** POST /orders/{order_id}/close. */
public record CloseOrderCommand(Caller caller, String orderRef) {

    public CloseOrderCommand {
        Caller.require(caller);
        OrderCommandRules.requireOrderRef(orderRef);
    }
}
