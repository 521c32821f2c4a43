package org.shoppingapi.domain.order;

import java.util.Objects;
import org.shoppingapi.domain.event.OrderEvent;

/** An order changed (attributes, status, content from a draft, a posted service event): the order and its new event. */
public record OrderChanged(Order order, OrderEvent event) implements OrderResult {

    public OrderChanged {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(event, "event");
    }
}
