package org.shoppingapi.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.ShoppingEvent;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.ports.out.webhook.DeliveryLog;
import org.shoppingapi.ports.out.webhook.DeliveryQueue;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;
import org.shoppingapi.ports.paging.PageCursor;

/** In-memory out-ports for the webhook service tests. */
final class WebhookFakes {

    private WebhookFakes() {
    }

    /** Counts transactions and knows whether code runs inside one. */
    static final class FakeTransactions implements Transactions {
        int depth;
        int started;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            started++;
            depth++;
            try {
                return work.get();
            } finally {
                depth--;
            }
        }
    }

    /** Records each event with whether it was recorded inside a transaction. */
    static final class RecordingOutbox implements WebhookOutbox {
        final List<ShoppingEvent> events = new ArrayList<>();
        final List<Boolean> insideTransaction = new ArrayList<>();
        private final FakeTransactions transactions;

        RecordingOutbox(FakeTransactions transactions) {
            this.transactions = transactions;
        }

        @Override
        public void record(ShoppingEvent event) {
            events.add(event);
            insideTransaction.add(transactions.depth > 0);
        }
    }

    /**
     * Subscriptions in memory, held to the same {@code SubscriptionStoreContract} as the PostgreSQL store
     * ({@link InMemorySubscriptionStoreContractTest}): account scoping, PostgreSQL's list order and paging, a deletion
     * saving only the deletion, and undone with a failed {@link InMemoryTransactions}.
     */
    static final class Subscriptions implements SubscriptionStore, InMemoryTransactions.Undoable {
        private static final Comparator<Subscription> NEWEST_FIRST =
                InMemoryPaging.newestFirst(s -> s.audit().createdAt(), Subscription::id);

        final Map<UUID, Subscription> rows = new LinkedHashMap<>();

        @Override
        public synchronized void insert(Subscription subscription) {
            rows.put(subscription.id(), subscription);
        }

        @Override
        public synchronized int lockAndCountLive(String accountId) {
            return (int) rows.values().stream().filter(s -> s.accountId().equals(accountId) && !s.isDeleted()).count();
        }

        @Override
        public synchronized Optional<Subscription> find(String accountId, UUID id) {
            return Optional.ofNullable(rows.get(id)).filter(s -> s.accountId().equals(accountId));
        }

        @Override
        public synchronized List<Subscription> list(String accountId, int limit, Optional<PageCursor> startingAfter) {
            return rows.values().stream()
                    .filter(s -> s.accountId().equals(accountId) && !s.isDeleted())
                    .filter(s -> startingAfter.map(c -> InMemoryPaging.after(s.audit().createdAt(), s.id(), c))
                            .orElse(true))
                    .sorted(NEWEST_FIRST)
                    .limit(limit)
                    .toList();
        }

        @Override
        public synchronized void markDeleted(Subscription deleted) {
            // Only the deletion is saved, as the PostgreSQL store's UPDATE writes only the audit columns.
            find(deleted.accountId(), deleted.id()).ifPresent(s -> rows.put(s.id(), new Subscription(s.id(),
                    s.accountId(), s.url(), s.contentType(), s.secret(), s.events(), deleted.audit())));
        }

        @Override
        public synchronized Runnable snapshot() {
            Map<UUID, Subscription> copy = new LinkedHashMap<>(rows);
            return () -> {
                synchronized (this) {
                    rows.clear();
                    rows.putAll(copy);
                }
            };
        }
    }

    static final class Deliveries implements DeliveryLog, DeliveryQueue {
        final List<Delivery> rows = new ArrayList<>();
        final List<UUID> cancelled = new ArrayList<>();
        final List<ClaimedDelivery> due = new ArrayList<>();
        final List<String> outcomes = new ArrayList<>();
        Duration lastLease;

        @Override
        public Optional<Delivery> find(String accountId, UUID subscriptionId, UUID deliveryId) {
            return rows.stream().filter(d -> d.subscriptionId().equals(subscriptionId) && d.id().equals(deliveryId))
                    .findFirst();
        }

        @Override
        public List<Delivery> list(String accountId, UUID subscriptionId, int limit, Optional<PageCursor> startingAfter) {
            List<Delivery> mine = rows.stream().filter(d -> d.subscriptionId().equals(subscriptionId)).toList();
            int from = 0;
            if (startingAfter.isPresent()) {
                from = mine.indexOf(find(accountId, subscriptionId, startingAfter.get().id()).orElseThrow()) + 1;
            }
            return mine.subList(from, Math.min(mine.size(), from + limit));
        }

        @Override
        public void cancelPending(String accountId, UUID subscriptionId) {
            cancelled.add(subscriptionId);
        }

        @Override
        public List<ClaimedDelivery> claimDue(int max, Duration lease) {
            lastLease = lease;
            List<ClaimedDelivery> claimed = new ArrayList<>(due.subList(0, Math.min(max, due.size())));
            due.removeAll(claimed);
            return claimed;
        }

        @Override
        public void delivered(ClaimedDelivery delivery, AttemptResult result) {
            outcomes.add("delivered " + delivery.attempt() + " " + result.statusCode());
        }

        @Override
        public void retryLater(ClaimedDelivery delivery, AttemptResult result, Duration delay) {
            outcomes.add("retry " + delivery.attempt() + " " + result.statusCode() + " after " + delay.toMillis());
        }

        @Override
        public void failed(ClaimedDelivery delivery, AttemptResult result) {
            outcomes.add("failed " + delivery.attempt() + " " + result.statusCode() + " " + result.error());
        }

        static Delivery delivery(UUID id, UUID subscription, java.time.Instant createdAt) {
            return new Delivery(id, subscription, UUID.randomUUID(),
                    org.shoppingapi.domain.webhook.EventType.SHOPPING_DRAFT_ADD, DeliveryStatus.DELIVERED, 1, 200,
                    null, null, null, null, createdAt);
        }
    }
}
