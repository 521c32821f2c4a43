package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.order.PaymentSession;

/** Starts a payment session for an order at the configured checkout provider and keeps it with the order. */
public interface StartPaymentSessionUseCase {

    PaymentSession start(StartPaymentSessionCommand command);
}
