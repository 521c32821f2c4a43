package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.order.Order;
import org.shoppingapi.ports.paging.Page;

/** GET /orders (and the store and customer lists): one page of the account's orders. */
public interface ListOrdersUseCase {

    Page<Order> list(ListOrdersQuery query);
}
