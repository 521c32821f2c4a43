package org.shoppingapi.ports.in.order;

import java.util.Optional;
import java.util.UUID;

/** GET /orders/{order_id}/events. */
public interface ListOrderEventsUseCase {

    /** The most events in one page, and the page size when none is asked for. */
    int MAX_PAGE = 100;

    /**
     * Up to {@code limit} of the order's events in the order they were added, after the event {@code startingAfter}
     * (from the first without it), and the state of all of them.
     */
    OrderEvents list(GetOrderQuery query, int limit, Optional<UUID> startingAfter);
}
