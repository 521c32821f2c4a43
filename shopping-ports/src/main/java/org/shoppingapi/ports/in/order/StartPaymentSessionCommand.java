package org.shoppingapi.ports.in.order;

import java.util.Objects;
import org.shoppingapi.domain.order.SessionRequest;
import org.shoppingapi.ports.in.Caller;

/** POST /orders/{order_id}/sessions: start a payment for some of the order's lines at the checkout provider. */
public record StartPaymentSessionCommand(Caller caller, String orderRef, SessionRequest request) {

    public StartPaymentSessionCommand {
        Caller.require(caller);
        OrderCommandRules.requireOrderRef(orderRef);
        Objects.requireNonNull(request, "request");
    }
}
