package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.order.Order;

/** Closes an open order (a closed one stays as it is; a cancelled one is 409). */
public interface CloseOrderUseCase {

    Order close(CloseOrderCommand command);
}
