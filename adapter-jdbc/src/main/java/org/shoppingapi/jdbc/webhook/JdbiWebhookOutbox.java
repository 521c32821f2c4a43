package org.shoppingapi.jdbc.webhook;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.domain.webhook.ShoppingEvent;
import org.shoppingapi.jdbc.ColumnValues;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.out.webhook.WebhookPayloads;

/**
 * The transactional outbox on PostgreSQL. Called inside the service's transaction (Jdbi hands this store the
 * transaction's handle), it fans the event out at once: one {@code webhook_events} row with the payload and one
 * pending {@code webhook_deliveries} row per live subscription of the account that asked for the event's type.
 * With no such subscription nothing is written and nothing rendered. Rolling back the change rolls these rows
 * back with it; after commit {@code afterCommit} wakes this instance's dispatcher.
 */
public final class JdbiWebhookOutbox implements WebhookOutbox {

    private final Jdbi jdbi;
    private final WebhookPayloads payloads;
    private final Runnable afterCommit;
    private final Supplier<String> correlationId;

    public JdbiWebhookOutbox(Jdbi jdbi, WebhookPayloads payloads, Runnable afterCommit) {
        this(jdbi, payloads, afterCommit, () -> null);
    }

    /**
     * {@code correlationId} names the request that causes the change (the API's request id), or answers null; it is
     * kept with the event and sent with each of its deliveries.
     */
    public JdbiWebhookOutbox(Jdbi jdbi, WebhookPayloads payloads, Runnable afterCommit,
                             Supplier<String> correlationId) {
        this.jdbi = jdbi;
        this.payloads = payloads;
        this.afterCommit = afterCommit;
        this.correlationId = correlationId;
    }

    @Override
    public void record(ShoppingEvent event) {
        jdbi.useHandle(h -> {
            // FOR SHARE: a concurrent delete of a subscription waits for this transaction, so its
            // cancellation of pending deliveries also sees (and cancels) the rows written here.
            List<UUID> subscriptions = h.createQuery("""
                            SELECT id FROM webhook_subscriptions
                            WHERE account_id = :a AND deleted_at IS NULL AND :event = ANY (events)
                            FOR SHARE
                            """)
                    .bind("a", event.accountId())
                    .bind("event", ColumnValues.of(event.type()))
                    .mapTo(UUID.class)
                    .list();
            if (subscriptions.isEmpty()) {
                return;
            }
            UUID eventId = UUID.randomUUID();
            h.createUpdate("""
                            INSERT INTO webhook_events (id, account_id, event, payload, created_at, request_id)
                            VALUES (:id, :a, :event, :payload, date_trunc('milliseconds', now()), :request_id)
                            """)
                    .bind("id", eventId)
                    .bind("request_id", correlationId.get())
                    .bind("a", event.accountId())
                    .bind("event", ColumnValues.of(event.type()))
                    .bind("payload", payloads.render(event))
                    .execute();
            h.createUpdate("""
                            INSERT INTO webhook_deliveries (account_id, id, event_id, subscription_id, status,
                                                            next_attempt_at, created_at)
                            SELECT :a, gen_random_uuid(), :event_id, s, 'pending', now(),
                                   date_trunc('milliseconds', now())
                            FROM unnest(:subscriptions) AS s
                            """)
                    .bind("a", event.accountId())
                    .bind("event_id", eventId)
                    .bind("subscriptions", subscriptions.toArray(UUID[]::new))
                    .execute();
            wakeAfterCommit(h);
        });
    }

    private void wakeAfterCommit(Handle h) {
        if (h.isInTransaction()) {
            h.afterCommit(afterCommit);
        } else {
            afterCommit.run();
        }
    }
}
