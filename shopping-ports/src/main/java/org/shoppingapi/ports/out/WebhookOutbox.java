package org.shoppingapi.ports.out;

import java.util.List;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.webhook.ShoppingEvent;

/**
 * The transactional outbox: a service records what happened inside the transaction of the change, so the event
 * is stored if and only if the change commits; delivery happens later, after commit. Call one line per change,
 * e.g. {@code outbox.draftAdded(draft)} right after the store write.
 */
public interface WebhookOutbox {

    /** Records nothing: for embedding the core without webhooks. */
    WebhookOutbox NONE = event -> {
    };

    /** Stores {@code event} for every live subscription of its account that asked for its type. */
    void record(ShoppingEvent event);

    /** {@code shopping_draft_add}: a draft was created. */
    default void draftAdded(Draft draft) {
        record(new ShoppingEvent.DraftAdded(draft));
    }

    /** {@code shopping_draft_update}: a draft or one of its items changed, or it was deleted. */
    default void draftUpdated(Draft draft) {
        record(new ShoppingEvent.DraftUpdated(draft));
    }

    /** {@code shopping_draft_complete}: a draft was completed into {@code orders}. */
    default void draftCompleted(Draft draft, List<Order> orders) {
        record(new ShoppingEvent.DraftCompleted(draft, orders));
    }

    /** {@code shopping_order_update}: an order changed. */
    default void orderUpdated(Order order) {
        record(new ShoppingEvent.OrderUpdated(order));
    }

    /** {@code shopping_order_event_add}: {@code event} was added to {@code order}. */
    default void orderEventAdded(Order order, OrderEvent event) {
        record(new ShoppingEvent.OrderEventAdded(order, event));
    }
}
