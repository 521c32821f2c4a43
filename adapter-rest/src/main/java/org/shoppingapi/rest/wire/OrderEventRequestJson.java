package org.shoppingapi.rest.wire;

import java.util.Map;

/** POST /orders/{order_id}/events (seed 000): a service's report; {@code metadata} is any JSON object. */
public record OrderEventRequestJson(String state, String service, String serviceStatus, String description,
                                    Map<String, Object> metadata) {
}
