package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.order.Order;

/** Cancels an order for good (a cancelled one stays as it is). */
public interface CancelOrderUseCase {

    Order cancel(CancelOrderCommand command);
}
