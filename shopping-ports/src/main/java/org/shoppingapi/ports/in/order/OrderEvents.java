package org.shoppingapi.ports.in.order;

import java.util.List;
import java.util.Objects;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.OrderEvent;

/** An order's api- and service-events in the order they were added, and their collection state (SPEC §3). */
public record OrderEvents(List<OrderEvent> events, EventState state) {

    public OrderEvents {
        events = List.copyOf(events);
        Objects.requireNonNull(state, "state");
    }
}
