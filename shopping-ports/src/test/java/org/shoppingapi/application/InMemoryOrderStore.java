package org.shoppingapi.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.ports.out.OrderFilter;
import org.shoppingapi.ports.out.OrderStore;

/**
 * Orders in memory for service tests, held to the same {@code OrderStoreContract} as the PostgreSQL store
 * ({@link InMemoryOrderStoreContractTest}): found by order_id before id, order_id unique per account, versions
 * compared, filters and paging honoured, undone with a failed {@link InMemoryTransactions}.
 */
final class InMemoryOrderStore implements OrderStore, InMemoryTransactions.Undoable {

    private static final Comparator<Order> NEWEST_FIRST =
            InMemoryPaging.newestFirst(o -> o.audit().createdAt(), Order::id);

    private final Map<UUID, Order> orders = new HashMap<>();

    @Override
    public synchronized void insert(Order order) {
        if (orderIdExists(order.accountId(), order.orderId())) {
            throw ConflictException.duplicateOrderId(order.orderId());
        }
        orders.put(order.id(), order);
    }

    @Override
    public synchronized Optional<Order> findById(String accountId, UUID id) {
        return Optional.ofNullable(orders.get(id)).filter(o -> o.accountId().equals(accountId));
    }

    /** The order_id match wins over an id match, as in the PostgreSQL store. */
    @Override
    public synchronized Optional<Order> find(String accountId, String reference) {
        Optional<Order> byOrderId = inAccount(accountId).filter(o -> o.orderId().equals(reference)).findFirst();
        return byOrderId.isPresent() ? byOrderId
                : inAccount(accountId).filter(o -> o.id().toString().equals(reference)).findFirst();
    }

    @Override
    public Optional<Order> findForUpdate(String accountId, String reference) {
        return find(accountId, reference);
    }

    @Override
    public synchronized boolean orderIdExists(String accountId, String orderId) {
        return inAccount(accountId).anyMatch(o -> o.orderId().equals(orderId));
    }

    @Override
    public synchronized boolean update(Order order, long expectedVersion) {
        Order stored = orders.get(order.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        orders.put(order.id(), order);
        return true;
    }

    @Override
    public synchronized List<Order> list(OrderFilter filter) {
        return inAccount(filter.accountId())
                .filter(o -> filter.status().map(s -> o.status() == s).orElse(true))
                .filter(o -> filter.paymentStatus().map(s -> o.paymentStatus() == s).orElse(true))
                .filter(o -> filter.storeId().map(s -> o.content().store() != null
                        && s.equals(o.content().store().id())).orElse(true))
                .filter(o -> filter.customerId().map(c -> c.equals(o.content().customerId()))
                        .orElse(true))
                .filter(o -> InMemoryPaging.within(o.audit().createdAt(), filter.createdFrom(), filter.createdTo()))
                .filter(o -> filter.startingAfter().map(c -> InMemoryPaging.after(o.audit().createdAt(), o.id(), c))
                        .orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(filter.limit())
                .toList();
    }

    private java.util.stream.Stream<Order> inAccount(String accountId) {
        return orders.values().stream().filter(o -> o.accountId().equals(accountId));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Order> copy = new HashMap<>(orders);
        return () -> {
            synchronized (this) {
                orders.clear();
                orders.putAll(copy);
            }
        };
    }
}
