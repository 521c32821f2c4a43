package org.shoppingapi.rest.wire;

import java.util.List;

/** GET /orders/{order_id}/events: every event in the order it was added, and the collection {@code state}. */
public record OrderEventsJson(List<EventJson> events, String state) {
}
