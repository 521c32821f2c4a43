package org.shoppingapi.ports.in.order;

import java.util.List;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentOperation;

/** GET /orders/{order_id}/captures (and the other kinds): the order's operations of one kind, oldest first. */
public interface ListPaymentOperationsUseCase {

    List<PaymentOperation> list(GetOrderQuery order, PaymentKind kind);
}
