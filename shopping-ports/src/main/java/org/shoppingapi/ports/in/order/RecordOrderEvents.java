package org.shoppingapi.ports.in.order;

/** The use cases on an order's service events (post one, read them), as one object serves them. */
public interface RecordOrderEvents extends AddOrderEventUseCase, ListOrderEventsUseCase {
}
