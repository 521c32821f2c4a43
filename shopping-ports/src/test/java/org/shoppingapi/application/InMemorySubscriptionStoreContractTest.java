package org.shoppingapi.application;

import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.SubscriptionStoreContract;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;

/** The in-memory fake of the webhook service tests held to the contract the PostgreSQL store keeps. */
class InMemorySubscriptionStoreContractTest extends SubscriptionStoreContract {

    private final WebhookFakes.Subscriptions subscriptions = new WebhookFakes.Subscriptions();
    private final InMemoryTransactions transactions = new InMemoryTransactions(subscriptions);

    @Override
    protected SubscriptionStore subscriptions() {
        return subscriptions;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
