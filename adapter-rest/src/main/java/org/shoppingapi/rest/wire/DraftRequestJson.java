package org.shoppingapi.rest.wire;

/** Body of POST and PUT /draft_orders. */
public record DraftRequestJson(OrderJson order, DraftOptionsJson options) {
}
