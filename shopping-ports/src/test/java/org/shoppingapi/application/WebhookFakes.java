package org.shoppingapi.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.ShoppingEvent;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.ports.out.webhook.DeliveryLog;
import org.shoppingapi.ports.out.webhook.DeliveryQueue;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;
import org.shoppingapi.ports.out.webhook.WebhookPayloads;
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

        /** The live subscriptions of {@code accountId} that asked for {@code type}, as the outbox fans out to. */
        synchronized List<Subscription> liveFor(String accountId, EventType type) {
            return rows.values().stream()
                    .filter(s -> s.accountId().equals(accountId) && !s.isDeleted() && s.events().contains(type))
                    .toList();
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

    /**
     * The webhook outbox and the delivery queue and log in memory, held to the same {@code WebhookDeliveryStoreContract}
     * as the PostgreSQL stores ({@link InMemoryWebhookDeliveryStoreContractTest}): the outbox fans an event out to the
     * live subscriptions of its account that asked for its type (rendering it once); a claim takes each account's
     * oldest due deliveries in turns, within the account's share in flight, and leases them; an outcome counts only
     * under the claim it was made with; a cancelled, failed or delivered delivery is final; the log lists newest first
     * in PostgreSQL's order; and a failed {@link InMemoryTransactions} undoes it all. Time is this fake's own clock,
     * which stands still until {@link #elapse} moves it (as PostgreSQL's {@code now()} stands within a transaction).
     */
    static final class Deliveries implements WebhookOutbox, DeliveryQueue, DeliveryLog, InMemoryTransactions.Undoable {
        static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

        /** Newest first, ties by id in PostgreSQL's uuid order, as the log lists. */
        private static final Comparator<Delivery> NEWEST_FIRST =
                InMemoryPaging.newestFirst(Delivery::createdAt, Delivery::id);
        /** Soonest due first, then by id, as the PostgreSQL store ranks an account's due deliveries. */
        private static final Comparator<Row> DUE_FIRST = Comparator.comparing((Row r) -> r.delivery().nextAttemptAt())
                .thenComparing(r -> r.delivery().id().toString());

        private record Event(String accountId, EventType type, String payload, String requestId) {
        }

        private record Row(String accountId, Delivery delivery, UUID claim) {
            boolean pending() {
                return delivery.status() == DeliveryStatus.PENDING;
            }
        }

        private record Turn(int turn, Row row) {
        }

        private final Subscriptions subscriptions;
        private final WebhookPayloads payloads;
        private final Supplier<String> requestId;
        private final int perAccount;
        private final Map<UUID, Event> events = new HashMap<>();
        private final Map<UUID, Row> rows = new LinkedHashMap<>();
        private Instant now = START;

        /** Payloads naming only the event, no request ids, and the PostgreSQL store's default share per account. */
        Deliveries(Subscriptions subscriptions) {
            this(subscriptions, event -> "{\"event\":\"" + event.type().name() + "\"}", () -> null, 4);
        }

        Deliveries(Subscriptions subscriptions, WebhookPayloads payloads, Supplier<String> requestId, int perAccount) {
            this.subscriptions = subscriptions;
            this.payloads = payloads;
            this.requestId = requestId;
            this.perAccount = perAccount;
        }

        synchronized Instant now() {
            return now;
        }

        synchronized void elapse(Duration time) {
            now = now.plus(time);
        }

        @Override
        public synchronized void record(ShoppingEvent event) {
            List<Subscription> targets = subscriptions.liveFor(event.accountId(), event.type());
            if (targets.isEmpty()) {
                return;
            }
            UUID eventId = UUID.randomUUID();
            events.put(eventId, new Event(event.accountId(), event.type(), payloads.render(event), requestId.get()));
            for (Subscription s : targets) {
                Delivery d = new Delivery(UUID.randomUUID(), s.id(), eventId, event.type(), DeliveryStatus.PENDING, 0,
                        null, null, null, now, null, now);
                rows.put(d.id(), new Row(event.accountId(), d, null));
            }
        }

        @Override
        public synchronized List<ClaimedDelivery> claimDue(int max, Duration lease) {
            Map<String, Long> inFlight = rows.values().stream()
                    .filter(r -> r.pending() && r.claim() != null && r.delivery().nextAttemptAt().isAfter(now))
                    .collect(Collectors.groupingBy(Row::accountId, Collectors.counting()));
            Map<String, List<Row>> dueByAccount = rows.values().stream()
                    .filter(r -> r.pending() && !r.delivery().nextAttemptAt().isAfter(now))
                    .sorted(DUE_FIRST)
                    .collect(Collectors.groupingBy(Row::accountId, LinkedHashMap::new, Collectors.toList()));
            List<Turn> turns = new ArrayList<>();
            dueByAccount.forEach((account, due) -> {
                long share = perAccount - inFlight.getOrDefault(account, 0L);
                for (int i = 0; i < Math.min(share, due.size()); i++) {
                    turns.add(new Turn(i + 1, due.get(i)));
                }
            });
            // Every account's first turn before anyone's second, as the PostgreSQL store claims.
            turns.sort(Comparator.comparingInt(Turn::turn).thenComparing(Turn::row, DUE_FIRST));
            UUID claim = UUID.randomUUID();
            List<ClaimedDelivery> claimed = new ArrayList<>();
            for (Turn turn : turns.subList(0, Math.min(max, turns.size()))) {
                Row row = turn.row();
                Delivery d = row.delivery();
                Delivery attempted = new Delivery(d.id(), d.subscriptionId(), d.eventId(), d.event(),
                        DeliveryStatus.PENDING, d.attempts() + 1, d.lastResponseCode(), d.lastError(), now,
                        now.plusMillis(lease.toMillis()), null, d.createdAt());
                rows.put(d.id(), new Row(row.accountId(), attempted, claim));
                Subscription s = subscriptions.find(row.accountId(), d.subscriptionId()).orElseThrow();
                Event e = events.get(d.eventId());
                claimed.add(new ClaimedDelivery(d.id(), claim, e.accountId(), e.type(), e.payload(), s.url(),
                        s.secret(), attempted.attempts(), e.requestId()));
            }
            return claimed;
        }

        @Override
        public void delivered(ClaimedDelivery delivery, AttemptResult result) {
            finish(delivery, result, DeliveryStatus.DELIVERED, null, true);
        }

        @Override
        public synchronized void retryLater(ClaimedDelivery delivery, AttemptResult result, Duration delay) {
            finish(delivery, result, DeliveryStatus.PENDING, now.plusMillis(delay.toMillis()), false);
        }

        @Override
        public void failed(ClaimedDelivery delivery, AttemptResult result) {
            finish(delivery, result, DeliveryStatus.FAILED, null, false);
        }

        /** Records an outcome only while the delivery is pending under this very claim. */
        private synchronized void finish(ClaimedDelivery claimed, AttemptResult result, DeliveryStatus status,
                                         Instant next, boolean delivered) {
            Row row = rows.get(claimed.id());
            if (row == null || !row.accountId().equals(claimed.accountId()) || !row.pending()
                    || !claimed.claim().equals(row.claim())) {
                return;
            }
            Delivery d = row.delivery();
            rows.put(d.id(), new Row(row.accountId(), new Delivery(d.id(), d.subscriptionId(), d.eventId(), d.event(),
                    status, d.attempts(), result.statusCode(), result.error(), d.lastAttemptAt(), next,
                    delivered ? now : d.deliveredAt(), d.createdAt()), null));
        }

        @Override
        public synchronized Optional<Delivery> find(String accountId, UUID subscriptionId, UUID deliveryId) {
            return Optional.ofNullable(rows.get(deliveryId))
                    .filter(r -> r.accountId().equals(accountId) && r.delivery().subscriptionId().equals(subscriptionId))
                    .map(Row::delivery);
        }

        @Override
        public synchronized List<Delivery> list(String accountId, UUID subscriptionId, int limit,
                                                Optional<PageCursor> startingAfter) {
            return rows.values().stream()
                    .filter(r -> r.accountId().equals(accountId) && r.delivery().subscriptionId().equals(subscriptionId))
                    .map(Row::delivery)
                    .filter(d -> startingAfter.map(c -> InMemoryPaging.after(d.createdAt(), d.id(), c)).orElse(true))
                    .sorted(NEWEST_FIRST)
                    .limit(limit)
                    .toList();
        }

        @Override
        public synchronized void cancelPending(String accountId, UUID subscriptionId) {
            for (Row row : List.copyOf(rows.values())) {
                Delivery d = row.delivery();
                if (row.pending() && row.accountId().equals(accountId) && d.subscriptionId().equals(subscriptionId)) {
                    rows.put(d.id(), new Row(accountId, new Delivery(d.id(), d.subscriptionId(), d.eventId(),
                            d.event(), DeliveryStatus.CANCELLED, d.attempts(), d.lastResponseCode(), d.lastError(),
                            d.lastAttemptAt(), null, d.deliveredAt(), d.createdAt()), null));
                }
            }
        }

        @Override
        public synchronized Runnable snapshot() {
            Map<UUID, Event> eventsThen = new HashMap<>(events);
            Map<UUID, Row> rowsThen = new LinkedHashMap<>(rows);
            return () -> {
                synchronized (this) {
                    events.clear();
                    events.putAll(eventsThen);
                    rows.clear();
                    rows.putAll(rowsThen);
                }
            };
        }
    }
}
