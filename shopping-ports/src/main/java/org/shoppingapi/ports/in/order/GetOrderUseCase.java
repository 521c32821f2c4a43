package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.order.Order;

/** GET one order (404 when the account has no such order). */
public interface GetOrderUseCase {

    Order get(GetOrderQuery query);
}
