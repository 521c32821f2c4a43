package org.shoppingapi.ports.in.order;

import org.shoppingapi.ports.in.Caller;

/** POST /orders/{order_id}/cancel with an optional {@code cancelled_reason}. */
public record CancelOrderCommand(Caller caller, String orderRef, String cancelledReason) {

    public CancelOrderCommand {
        Caller.require(caller);
        OrderCommandRules.requireOrderRef(orderRef);
    }
}
