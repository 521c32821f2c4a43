package org.shoppingapi.ports.in.order;

/** The use cases on an order as a whole (read, list, update, open, close, cancel), as one object serves them. */
public interface ManageOrders extends GetOrderUseCase, ListOrdersUseCase, UpdateOrderUseCase, OpenOrderUseCase,
        CloseOrderUseCase, CancelOrderUseCase {
}
