package org.shoppingapi.jdbc.webhook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.SubscriptionStoreContract;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;

/**
 * The {@code SubscriptionStore} contract ({@link SubscriptionStoreContract}: scoping, live count, list order and
 * paging, deletion, rollback) against PostgreSQL. The outbox and the delivery queue and log have their own contract
 * ({@link JdbiWebhookDeliveryStoreContractTest}).
 */
class JdbiSubscriptionStoreContractTest extends SubscriptionStoreContract {

    static MigratedDatabase db;
    static JdbiSubscriptionStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiSubscriptionStoreContractTest.class, 2);
        store = new JdbiSubscriptionStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    protected SubscriptionStore subscriptions() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(db.jdbi());
    }
}
