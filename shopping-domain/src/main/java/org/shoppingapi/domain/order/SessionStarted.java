package org.shoppingapi.domain.order;

/** What starting a payment session did: the order with the session's api-event, and the session to keep. */
public record SessionStarted(Order order, PaymentSession session) {
}
