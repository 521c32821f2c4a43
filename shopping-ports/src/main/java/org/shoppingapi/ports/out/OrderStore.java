package org.shoppingapi.ports.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.order.Order;

/**
 * Where orders are kept. An order is addressed by its {@code order_id} (unique per account; custom, generated or
 * equal to its id) or by its {@code id}.
 */
public interface OrderStore {

    /** Inserts a new order; an {@code order_id} already used in the account is a 409 {@code DUPLICATE_ORDER_ID}. */
    void insert(Order order);

    Optional<Order> findById(String accountId, UUID id);

    /** The order whose {@code order_id} is {@code reference}, else the one whose {@code id} it is. */
    Optional<Order> find(String accountId, String reference);

    /** Like {@link #find}, and locks the order until the surrounding transaction ends. */
    Optional<Order> findForUpdate(String accountId, String reference);

    boolean orderIdExists(String accountId, String orderId);

    /** Stores {@code order} if the stored one is still at {@code expectedVersion}; false (nothing written) otherwise. */
    boolean update(Order order, long expectedVersion);

    /** Up to {@code filter.limit()} orders matching {@code filter}, newest first ({@code created_at}, then id). */
    List<Order> list(OrderFilter filter);
}
