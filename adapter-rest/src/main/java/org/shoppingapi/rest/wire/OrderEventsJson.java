package org.shoppingapi.rest.wire;

import java.util.List;

/**
 * GET /orders/{order_id}/events: one page of the events in the order they were added (100 unless {@code limit} says
 * fewer), the collection {@code state} of all of them, and {@code paging_token} (the page's last event id, for
 * {@code starting_after}) when more follow.
 */
public record OrderEventsJson(List<EventJson> events, String state, String pagingToken) {
}
