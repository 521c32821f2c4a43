package org.shoppingapi.ports.in.order;

/** GET /orders/{order_id}/events. */
public interface ListOrderEventsUseCase {

    OrderEvents list(GetOrderQuery query);
}
