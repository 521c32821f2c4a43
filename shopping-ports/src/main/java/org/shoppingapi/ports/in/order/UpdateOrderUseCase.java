package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.order.Order;

/** PUT /orders/{order_id}: partial update of the fields settable after creation; answers the updated order. */
public interface UpdateOrderUseCase {

    Order update(UpdateOrderCommand command);
}
