package org.shoppingapi.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.ports.out.OrderFilter;
import org.shoppingapi.ports.out.OrderStore;

/** Orders in memory for service tests, found by order_id or id; {@code update} compares versions. */
final class InMemoryOrderStore implements OrderStore {

    private final Map<UUID, Order> orders = new ConcurrentHashMap<>();

    @Override
    public void insert(Order order) {
        orders.put(order.id(), order);
    }

    @Override
    public Optional<Order> findById(String accountId, UUID id) {
        return Optional.ofNullable(orders.get(id)).filter(o -> o.accountId().equals(accountId));
    }

    @Override
    public Optional<Order> find(String accountId, String reference) {
        return orders.values().stream().filter(o -> o.accountId().equals(accountId))
                .filter(o -> o.orderId().equals(reference) || o.id().toString().equals(reference)).findFirst();
    }

    @Override
    public Optional<Order> findForUpdate(String accountId, String reference) {
        return find(accountId, reference);
    }

    @Override
    public boolean orderIdExists(String accountId, String orderId) {
        return orders.values().stream().anyMatch(o -> o.accountId().equals(accountId) && o.orderId().equals(orderId));
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
    public List<Order> list(OrderFilter filter) {
        throw new UnsupportedOperationException("not needed by these tests");
    }
}
