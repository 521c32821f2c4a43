package org.shoppingapi.rest.wire;

import java.util.List;

/** GET /orders (and the store and customer lists): one page, newest first, and the next page's token if any. */
public record OrderListJson(List<OrderResponseJson> orders, String pagingToken) {
}
