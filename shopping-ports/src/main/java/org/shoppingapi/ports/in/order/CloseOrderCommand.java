package org.shoppingapi.ports.in.order;

import org.shoppingapi.ports.in.Caller;

/** POST /orders/{order_id}/close. */
public record CloseOrderCommand(Caller caller, String orderRef) {

    public CloseOrderCommand {
        OrderCommandRules.requireCaller(caller);
        OrderCommandRules.requireOrderRef(orderRef);
    }
}
