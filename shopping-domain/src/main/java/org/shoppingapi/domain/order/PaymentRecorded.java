package org.shoppingapi.domain.order;

import java.util.Objects;
import org.shoppingapi.domain.event.ApiEvent;

/** A payment operation was recorded: the order holding it, the operation itself and the order's api-event. */
public record PaymentRecorded(Order order, PaymentOperation operation, ApiEvent event) implements OrderResult {

    public PaymentRecorded {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(event, "event");
    }
}
