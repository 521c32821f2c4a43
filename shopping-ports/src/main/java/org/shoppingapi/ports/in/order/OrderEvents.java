package org.shoppingapi.ports.in.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.OrderEvent;

/**
 * One page of an order's api- and service-events in the order they were added, the collection state of all of them
 * (SPEC §3), and, when more follow, the id of the page's last event to continue after.
 */
public record OrderEvents(List<OrderEvent> events, EventState state, Optional<UUID> next) {

    public OrderEvents {
        events = List.copyOf(events);
        Objects.requireNonNull(state, "state");
        next = next == null ? Optional.empty() : next;
    }
}
