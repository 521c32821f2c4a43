package org.shoppingapi.ports.service;

import java.time.Clock;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.ports.in.order.AddOrderEventCommand;
import org.shoppingapi.ports.in.order.AddOrderEventUseCase;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ListOrderEventsUseCase;
import org.shoppingapi.ports.in.order.OrderEvents;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/** The order's event list (seed 000): services post their progress, everyone reads the list and its state. */
public final class OrderEventService implements AddOrderEventUseCase, ListOrderEventsUseCase {

    private final OrderWrites writes;

    /** Without webhooks: for embedding the core where nobody subscribes. */
    public OrderEventService(OrderStore orders, Transactions transactions, Ids ids, Clock clock) {
        this(orders, transactions, ids, clock, WebhookOutbox.NONE);
    }

    /** Every posted event records {@code shopping_order_event_add} in {@code outbox}, in its transaction. */
    public OrderEventService(OrderStore orders, Transactions transactions, Ids ids, Clock clock, WebhookOutbox outbox) {
        this.writes = new OrderWrites(orders, transactions, ids, clock, outbox);
    }

    @Override
    public ServiceEvent add(AddOrderEventCommand command) {
        ChangeContext ctx = writes.context(command.caller());
        ServiceEvent event = new ServiceEvent(ctx.eventId(), ctx.now(), ctx.actor(), command.state(),
                command.service(), command.serviceStatus(), command.description(), command.metadata());
        writes.change(command.caller().accountId(), command.orderRef(), order -> order.addServiceEvent(event));
        return event;
    }

    @Override
    public OrderEvents list(GetOrderQuery query) {
        Order order = writes.find(query);
        return new OrderEvents(order.events(), order.eventsState());
    }
}
