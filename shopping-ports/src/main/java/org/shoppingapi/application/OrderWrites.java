package org.shoppingapi.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderChanged;
import org.shoppingapi.domain.order.OrderResult;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/**
 * How every change to an order runs: in one transaction, lock the order's row, let the domain decide, store the
 * result over the version that was read and announce it. The row lock makes concurrent writers of one order take
 * turns (two captures can never both spend what is left on a line); the version check makes a lost write loud.
 */
final class OrderWrites {

    private final OrderStore orders;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final WebhookOutbox outbox;

    OrderWrites(OrderStore orders, Transactions transactions, Ids ids, Clock clock, WebhookOutbox outbox) {
        this.orders = orders;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.outbox = outbox;
    }

    /**
     * Applies {@code change} to the locked order, stores the order it returns and announces its event; answers the
     * whole result, so the caller can hand back what the change produced (an operation, a session).
     */
    <R extends OrderResult> R change(String accountId, String orderRef, Function<Order, R> change) {
        return transactions.inTransaction(() -> {
            Order current = lockedOrder(accountId, orderRef);
            R result = change.apply(current);
            store(current, result);
            return result;
        });
    }

    /**
     * Like {@link #change} for a change that may find nothing to do (closing a closed order): then nothing is written
     * or announced and the order is answered as it is.
     */
    Order changeIfNeeded(String accountId, String orderRef, Function<Order, Optional<OrderChanged>> change) {
        return transactions.inTransaction(() -> {
            Order current = lockedOrder(accountId, orderRef);
            Optional<OrderChanged> result = change.apply(current);
            result.ifPresent(changed -> store(current, changed));
            return result.map(OrderChanged::order).orElse(current);
        });
    }

    private Order lockedOrder(String accountId, String orderRef) {
        return orders.findForUpdate(accountId, orderRef).orElseThrow(() -> new NotFoundException("order", orderRef));
    }

    private void store(Order current, OrderResult result) {
        save(current, result.order());
        announce(result);
    }

    /** Stores {@code next} over {@code current}; the row lock makes a stale write impossible, the check makes it loud. */
    void save(Order current, Order next) {
        if (!orders.update(next, current.version())) {
            throw new ConflictException(ConflictException.CONCURRENT_UPDATE, "order " + current.orderId()
                    + " was changed concurrently");
        }
    }

    /**
     * THE place where order changes reach the webhook outbox (SPEC §5, §6), inside the change's transaction so the
     * outbox row exists exactly when the change commits: a service event posted is {@code shopping_order_event_add},
     * every other change (update, status, payment operation) {@code shopping_order_update}.
     */
    private void announce(OrderResult result) {
        switch (result.event()) {
            case ServiceEvent posted -> outbox.orderEventAdded(result.order(), posted);
            case ApiEvent changed -> outbox.orderUpdated(result.order());
        }
    }

    /**
     * The order a read names: 404 when the account has none by that order_id or id, or it is another store's or
     * another customer's.
     */
    Order find(GetOrderQuery query) {
        Order order = orders.find(query.accountId(), query.orderRef())
                .orElseThrow(() -> new NotFoundException("order", query.orderRef()));
        if (query.storeId().isPresent() && (order.content().store() == null
                || !query.storeId().get().equals(order.content().store().id()))) {
            throw new NotFoundException("order", query.orderRef());
        }
        if (query.customerId().isPresent() && !query.customerId().get().equals(order.content().customerId())) {
            throw new NotFoundException("order", query.orderRef());
        }
        return order;
    }

    ChangeContext context(Caller caller) {
        return new ChangeContext(clock.instant(), caller.clientId(), caller.source(), ids.newId());
    }

    UUID newId() {
        return ids.newId();
    }
}
