package org.shoppingapi.rest.wire;

import java.util.List;

/** GET /draft_orders: one page, newest first, and the token of the next page when there is one. */
public record DraftListJson(List<DraftJson> draftOrders, String pagingToken) {
}
