package org.shoppingapi.domain.webhook;

import java.util.List;
import java.util.Objects;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.order.Order;

/**
 * Something that happened to a draft or an order that webhook subscribers may want to hear about: the event's
 * type, its account and the resources its delivery carries.
 */
public sealed interface ShoppingEvent {

    EventType type();

    String accountId();

    /** A draft was created. */
    record DraftAdded(Draft draft) implements ShoppingEvent {
        public DraftAdded {
            Objects.requireNonNull(draft, "draft");
        }

        @Override
        public EventType type() {
            return EventType.SHOPPING_DRAFT_ADD;
        }

        @Override
        public String accountId() {
            return draft.accountId();
        }
    }

    /** A draft or one of its items changed (also a soft delete). */
    record DraftUpdated(Draft draft) implements ShoppingEvent {
        public DraftUpdated {
            Objects.requireNonNull(draft, "draft");
        }

        @Override
        public EventType type() {
            return EventType.SHOPPING_DRAFT_UPDATE;
        }

        @Override
        public String accountId() {
            return draft.accountId();
        }
    }

    /** A draft was completed into {@code orders} (created ones, then the updated one). */
    record DraftCompleted(Draft draft, List<Order> orders) implements ShoppingEvent {
        public DraftCompleted {
            Objects.requireNonNull(draft, "draft");
            orders = List.copyOf(orders);
        }

        @Override
        public EventType type() {
            return EventType.SHOPPING_DRAFT_COMPLETE;
        }

        @Override
        public String accountId() {
            return draft.accountId();
        }
    }

    /** An existing order changed (content, status, payment operations). */
    record OrderUpdated(Order order) implements ShoppingEvent {
        public OrderUpdated {
            Objects.requireNonNull(order, "order");
        }

        @Override
        public EventType type() {
            return EventType.SHOPPING_ORDER_UPDATE;
        }

        @Override
        public String accountId() {
            return order.accountId();
        }
    }

    /** {@code event} was added to {@code order}. */
    record OrderEventAdded(Order order, OrderEvent event) implements ShoppingEvent {
        public OrderEventAdded {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(event, "event");
        }

        @Override
        public EventType type() {
            return EventType.SHOPPING_ORDER_EVENT_ADD;
        }

        @Override
        public String accountId() {
            return order.accountId();
        }
    }
}
