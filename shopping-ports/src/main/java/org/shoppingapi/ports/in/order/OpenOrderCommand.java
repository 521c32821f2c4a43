package org.shoppingapi.ports.in.order;

import org.shoppingapi.ports.in.Caller;

/** POST /orders/{order_id}/open. */
public record OpenOrderCommand(Caller caller, String orderRef) {

    public OpenOrderCommand {
        Caller.require(caller);
        OrderCommandRules.requireOrderRef(orderRef);
    }
}
