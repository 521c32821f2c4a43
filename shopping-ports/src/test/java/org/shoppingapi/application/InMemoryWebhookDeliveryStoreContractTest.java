package org.shoppingapi.application;

import java.time.Duration;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.out.contract.WebhookDeliveryStoreContract;
import org.shoppingapi.ports.out.webhook.DeliveryLog;
import org.shoppingapi.ports.out.webhook.DeliveryQueue;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;

/** The in-memory outbox and delivery queue and log of the webhook service tests, held to the PostgreSQL stores' contract. */
class InMemoryWebhookDeliveryStoreContractTest extends WebhookDeliveryStoreContract {

    private final WebhookFakes.Subscriptions subscriptions = new WebhookFakes.Subscriptions();
    private final WebhookFakes.Deliveries deliveries =
            new WebhookFakes.Deliveries(subscriptions, payloads, requestId::get, PER_ACCOUNT);
    private final InMemoryTransactions transactions = new InMemoryTransactions(subscriptions, deliveries);

    @Override
    protected SubscriptionStore subscriptions() {
        return subscriptions;
    }

    @Override
    protected WebhookOutbox outbox() {
        return deliveries;
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
        return transactions;
    }

    @Override
    protected void elapse(Duration time) {
        deliveries.elapse(time);
    }
}
