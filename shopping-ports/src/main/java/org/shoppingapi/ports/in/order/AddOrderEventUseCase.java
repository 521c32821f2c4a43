package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.event.ServiceEvent;

/** POST /orders/{order_id}/events: appends a service event to the order; answers the stored event. */
public interface AddOrderEventUseCase {

    ServiceEvent add(AddOrderEventCommand command);
}
