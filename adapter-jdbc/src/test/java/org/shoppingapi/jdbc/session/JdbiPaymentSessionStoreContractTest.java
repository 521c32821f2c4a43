package org.shoppingapi.jdbc.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.PaymentSessionStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.PaymentSessionStoreContract;

/**
 * The {@code PaymentSessionStore} contract ({@link PaymentSessionStoreContract}: round trip, scoping, stored order,
 * unique ids, rollback) against PostgreSQL, and what only this store has to show: an order's sessions are one
 * statement.
 */
class JdbiPaymentSessionStoreContractTest extends PaymentSessionStoreContract {

    static MigratedDatabase db;
    static JdbiPaymentSessionStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiPaymentSessionStoreContractTest.class, 2);
        store = new JdbiPaymentSessionStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    protected PaymentSessionStore sessions() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(db.jdbi());
    }

    @Test
    void an_orders_sessions_are_read_in_one_statement() {
        UUID order = UUID.randomUUID();
        Instant at = Instant.parse("2026-07-01T12:00:00.123Z");
        PaymentSession first = session("one", at, Map.of());
        PaymentSession second = session("two", at.plusSeconds(1), Map.of());
        store.insert("T12345678", order, first);
        store.insert("T12345678", order, second);

        db.resetStatementCount();
        assertThat(store.list("T12345678", order)).containsExactly(first, second);
        assertThat(db.statementCount()).isEqualTo(1);
    }
}
