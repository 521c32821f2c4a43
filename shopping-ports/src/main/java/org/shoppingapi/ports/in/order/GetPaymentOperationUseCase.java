package org.shoppingapi.ports.in.order;

import java.util.UUID;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentOperation;

/** GET /orders/{order_id}/captures/{operation_id} (and the other kinds); another kind's id is not found. */
public interface GetPaymentOperationUseCase {

    PaymentOperation get(GetOrderQuery order, PaymentKind kind, UUID operationId);
}
