package org.shoppingapi.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.ports.out.PaymentSessionStore;

/**
 * Payment sessions in memory for service tests, held to the same {@code PaymentSessionStoreContract} as the
 * PostgreSQL store ({@link InMemoryPaymentSessionStoreContractTest}): per account and order, in the order stored, a
 * session id unique per order, and undone with a failed {@link InMemoryTransactions}.
 */
final class InMemoryPaymentSessionStore implements PaymentSessionStore, InMemoryTransactions.Undoable {

    private record Row(String accountId, UUID orderId, PaymentSession session) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized void insert(String accountId, UUID orderId, PaymentSession session) {
        if (find(accountId, orderId, session.id()).isPresent()) {
            throw new IllegalStateException("payment session " + session.id() + " of order " + orderId + " exists");
        }
        rows.add(new Row(accountId, orderId, session));
    }

    @Override
    public synchronized List<PaymentSession> list(String accountId, UUID orderId) {
        return rows.stream().filter(r -> r.accountId().equals(accountId) && r.orderId().equals(orderId))
                .map(Row::session).toList();
    }

    @Override
    public synchronized Optional<PaymentSession> find(String accountId, UUID orderId, String sessionId) {
        return list(accountId, orderId).stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<Row> copy = List.copyOf(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.addAll(copy);
            }
        };
    }
}
