package org.shoppingapi.rest.wire;

/** POST /orders/{order_id}/cancel: why, optionally. */
public record CancelOrderRequestJson(String cancelledReason) {
}
