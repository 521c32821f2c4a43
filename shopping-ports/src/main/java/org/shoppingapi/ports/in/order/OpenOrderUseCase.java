package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.order.Order;

/** Reopens a closed order (an open one stays as it is; a cancelled one is 409). */
public interface OpenOrderUseCase {

    Order open(OpenOrderCommand command);
}
