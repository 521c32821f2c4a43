package org.shoppingapi.ports.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.order.PaymentSession;

/** Where the payment sessions of orders are kept, per order (the order's {@code id}). */
public interface PaymentSessionStore {

    /** Stores a new session of the order {@code orderId}; in the caller's transaction when there is one. */
    void insert(String accountId, UUID orderId, PaymentSession session);

    /** The order's sessions, oldest first. */
    List<PaymentSession> list(String accountId, UUID orderId);

    Optional<PaymentSession> find(String accountId, UUID orderId, String sessionId);
}
