package org.shoppingapi.domain.order;

import java.util.Objects;
import org.shoppingapi.domain.event.ApiEvent;

/** What starting a payment session did: the order with the session's api-event, and the session to keep. */
public record SessionStarted(Order order, PaymentSession session, ApiEvent event) implements OrderResult {

    public SessionStarted {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(event, "event");
    }
}
