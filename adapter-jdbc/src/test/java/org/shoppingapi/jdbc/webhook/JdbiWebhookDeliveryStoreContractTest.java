package org.shoppingapi.jdbc.webhook;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.out.contract.WebhookDeliveryStoreContract;
import org.shoppingapi.ports.out.webhook.DeliveryLog;
import org.shoppingapi.ports.out.webhook.DeliveryQueue;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;

/**
 * The contract of the outbox and the delivery queue and log ({@link WebhookDeliveryStoreContract}: fan-out, rollback,
 * claims and leases, retries, fairness, cancellation, the log) against {@link JdbiWebhookOutbox} and
 * {@link JdbiDeliveryStore}. The store's times are the database's, so time passes here by moving every delivery's
 * times back. What needs PostgreSQL itself (concurrent claimers, the wake-up after commit) is
 * {@link JdbiWebhookStoresTest}.
 */
class JdbiWebhookDeliveryStoreContractTest extends WebhookDeliveryStoreContract {

    static MigratedDatabase db;
    static JdbiSubscriptionStore subscriptionStore;
    static JdbiDeliveryStore deliveries;

    private JdbiWebhookOutbox outbox;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiWebhookDeliveryStoreContractTest.class, 2);
        subscriptionStore = new JdbiSubscriptionStore(db.jdbi());
        deliveries = new JdbiDeliveryStore(db.jdbi(), PER_ACCOUNT);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** Claims span accounts: every test starts with an empty queue. */
    @BeforeEach
    void emptyQueue() {
        db.jdbi().useHandle(h -> h.execute("TRUNCATE webhook_deliveries, webhook_events"));
        outbox = new JdbiWebhookOutbox(db.jdbi(), payloads, () -> { }, requestId::get);
    }

    @Override
    protected SubscriptionStore subscriptions() {
        return subscriptionStore;
    }

    @Override
    protected WebhookOutbox outbox() {
        return outbox;
    }

    @Override
    protected DeliveryQueue queue() {
        return deliveries;
    }

    @Override
    protected DeliveryLog log() {
        return deliveries;
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(db.jdbi());
    }

    @Override
    protected void elapse(Duration time) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE webhook_deliveries SET created_at = created_at - :ms * interval '1 millisecond',
                               last_attempt_at = last_attempt_at - :ms * interval '1 millisecond',
                               next_attempt_at = next_attempt_at - :ms * interval '1 millisecond',
                               delivered_at = delivered_at - :ms * interval '1 millisecond'
                        """)
                .bind("ms", time.toMillis())
                .execute());
    }
}
