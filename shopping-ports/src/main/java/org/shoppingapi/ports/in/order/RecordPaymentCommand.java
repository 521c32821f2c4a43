package org.shoppingapi.ports.in.order;

import java.util.Objects;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentRequest;
import org.shoppingapi.ports.in.Caller;

/**
 * POST /orders/{order_id}/authorizations, /captures, /refunds, /cancellations. What the operation may cover (lines,
 * amounts left to capture or refund) is the order's rule.
 */
public record RecordPaymentCommand(Caller caller, String orderRef, PaymentKind kind, PaymentRequest request) {

    public RecordPaymentCommand {
        Caller.require(caller);
        OrderCommandRules.requireOrderRef(orderRef);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
    }
}
