package org.shoppingapi.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.ports.in.order.AddOrderEventCommand;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.OrderEvents;
import org.shoppingapi.ports.in.order.RecordOrderEvents;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/** The order's event list (seed 000): services post their progress, everyone reads the list and its state. */
final class OrderEventService implements RecordOrderEvents {

    private final OrderWrites writes;

    /**
     * Every posted event records {@code shopping_order_event_add} in {@code outbox}, in its transaction ({@link WebhookOutbox#NONE} where nobody
     * subscribes).
     */
    OrderEventService(OrderStore orders, Transactions transactions, Ids ids, Clock clock, WebhookOutbox outbox) {
        this.writes = new OrderWrites(orders, transactions, ids, clock, outbox);
    }

    @Override
    public ServiceEvent add(AddOrderEventCommand command) {
        ChangeContext ctx = writes.context(command.caller());
        ServiceEvent event = new ServiceEvent(ctx.eventId(), ctx.now(), ctx.actor(), command.state(),
                command.service(), command.serviceStatus(), command.description(), command.metadata().asMap());
        writes.change(command.caller().accountId(), command.orderRef(), order -> order.addServiceEvent(event));
        return event;
    }

    @Override
    public OrderEvents list(GetOrderQuery query, int limit, Optional<UUID> startingAfter) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_PAGE);
        }
        Order order = writes.find(query);
        List<OrderEvent> all = order.events();
        int from = 0;
        if (startingAfter.isPresent()) {
            from = indexOf(all, startingAfter.get()) + 1;
            if (from == 0) {
                throw ValidationException.of("starting_after", "is not an event of order " + query.orderRef());
            }
        }
        int to = Math.min(all.size(), from + limit);
        Optional<UUID> next = to < all.size() ? Optional.of(all.get(to - 1).id()) : Optional.empty();
        return new OrderEvents(all.subList(from, to), order.eventsState(), next);
    }

    private static int indexOf(List<OrderEvent> events, UUID id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
