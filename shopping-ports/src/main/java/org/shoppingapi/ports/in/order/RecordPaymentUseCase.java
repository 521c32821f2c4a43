package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.order.PaymentOperation;

/** Records one payment operation on an order; answers the stored operation. */
public interface RecordPaymentUseCase {

    PaymentOperation record(RecordPaymentCommand command);
}
