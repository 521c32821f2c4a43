package org.shoppingapi.rest.wire;

import java.util.List;

/** GET /orders/{order_id}/sessions: the order's sessions, oldest first. */
public record SessionListJson(List<SessionJson> sessions) {
}
