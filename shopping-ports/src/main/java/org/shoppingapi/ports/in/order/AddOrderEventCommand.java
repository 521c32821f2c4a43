package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.ports.in.Caller;

/**
 * POST /orders/{order_id}/events (seed 000): a service reports its progress. The event's own rules ({@code service}
 * and {@code service_status} required, a missing {@code state} means {@code success}) are {@link ServiceEvent}'s,
 * checked when the use case builds it, before it reads the order.
 */
public record AddOrderEventCommand(Caller caller, String orderRef, EventState state, String service,
                                   String serviceStatus, String description, Extensions metadata) {

    public AddOrderEventCommand {
        Caller.require(caller);
        OrderCommandRules.requireOrderRef(orderRef);
        metadata = metadata == null ? Extensions.NONE : metadata;
    }
}
