package org.shoppingapi.jdbc.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.PostgresDatabase;
import org.shoppingapi.jdbc.testing.TestDatabases;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * The webhook stores on PostgreSQL (the subscription store's contract is {@link JdbiSubscriptionStoreContractTest}):
 * the outbox fans out only to matching live subscriptions and only on commit;
 * claims are exclusive among concurrent dispatchers; a lapsed lease gives the delivery to the next claimer and
 * fences the old one's outcome.
 */
class JdbiWebhookStoresTest {

    private static final String ACCOUNT = "T12345678";
    private static final String OTHER = "T87654321";

    static HikariDataSource dataSource;
    static Jdbi jdbi;

    private final AtomicInteger wakeUps = new AtomicInteger();
    private JdbiSubscriptionStore subscriptions;
    private JdbiDeliveryStore deliveries;
    private JdbiWebhookOutbox outbox;
    private JdbiTransactions transactions;

    @BeforeAll
    static void open() {
        dataSource = PostgresDatabase.pool(TestDatabases.create(JdbiWebhookStoresTest.class).settings(8));
        PostgresDatabase.migrate(dataSource);
        jdbi = PostgresDatabase.jdbi(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @BeforeEach
    void clean() {
        jdbi.useHandle(h -> h.execute("TRUNCATE webhook_deliveries, webhook_events, webhook_subscriptions"));
        subscriptions = new JdbiSubscriptionStore(jdbi);
        deliveries = new JdbiDeliveryStore(jdbi);
        outbox = new JdbiWebhookOutbox(jdbi, event -> "{\"draft\":{\"id\":\"x\"},\"n\":[1,2]}", wakeUps::incrementAndGet);
        transactions = new JdbiTransactions(jdbi);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private Subscription subscribe(String account, EventType... events) {
        Subscription s = new Subscription(UUID.randomUUID(), account, "http://127.0.0.1:1/hook", null, "s3cret",
                Set.of(events), Audit.created(now(), "client-1"));
        subscriptions.insert(s);
        return s;
    }

    private static Draft draft(String account) {
        Item chair = Item.of("chair", 1, "Chair", BigDecimal.ONE, 39800, List.of(TaxLine.of("25")));
        return Draft.create(UUID.randomUUID(), account, OrderContent.of("NOK", List.of(chair)), null,
                new ChangeContext(Instant.now(), "client-1", new ChangeSource("/d", "POST"), UUID.randomUUID()));
    }

    private void recordCommitted(Draft draft) {
        transactions.inTransaction(() -> {
            outbox.draftAdded(draft);
            return null;
        });
    }

    private static Optional<PageCursor> cursor(Delivery delivery) {
        return Optional.of(new PageCursor(delivery.createdAt(), delivery.id()));
    }

    private int count(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void the_outbox_fans_out_to_each_live_matching_subscription_of_the_account_and_wakes_after_commit() {
        Subscription drafts = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        Subscription both = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD, EventType.SHOPPING_ORDER_UPDATE);
        subscribe(ACCOUNT, EventType.SHOPPING_ORDER_UPDATE);
        subscribe(OTHER, EventType.SHOPPING_DRAFT_ADD);
        Subscription gone = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        subscriptions.markDeleted(gone.delete(now(), "client-1"));

        recordCommitted(draft(ACCOUNT));

        assertThat(count("webhook_events")).isEqualTo(1);
        List<UUID> targets = jdbi.withHandle(h -> h.createQuery(
                "SELECT subscription_id FROM webhook_deliveries WHERE status = 'pending'").mapTo(UUID.class).list());
        assertThat(targets).containsExactlyInAnyOrder(drafts.id(), both.id());
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void without_a_matching_subscription_nothing_is_written() {
        subscribe(ACCOUNT, EventType.SHOPPING_ORDER_UPDATE);
        recordCommitted(draft(ACCOUNT));
        assertThat(count("webhook_events")).isZero();
        assertThat(count("webhook_deliveries")).isZero();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void a_rolled_back_transaction_leaves_no_event_and_wakes_nobody() {
        subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.draftAdded(draft(ACCOUNT));
            throw new IllegalStateException("the change failed after the outbox write");
        })).hasMessageContaining("failed after");
        assertThat(count("webhook_events")).isZero();
        assertThat(count("webhook_deliveries")).isZero();
        assertThat(deliveries.claimDue(10, Duration.ofSeconds(30))).isEmpty();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void claims_are_fair_across_accounts_and_an_account_never_has_more_than_its_share_in_flight() {
        for (int i = 0; i < 6; i++) {
            subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        }
        subscribe(OTHER, EventType.SHOPPING_DRAFT_ADD);
        JdbiDeliveryStore fair = new JdbiDeliveryStore(jdbi, 2);
        recordCommitted(draft(ACCOUNT));
        recordCommitted(draft(OTHER));

        // Six due for one account, one for the other: a claim of three takes each account's first turn before
        // anyone's second, and the busy account stops at its share of two.
        List<ClaimedDelivery> first = fair.claimDue(3, Duration.ofSeconds(30));
        assertThat(first).extracting(ClaimedDelivery::accountId).containsExactlyInAnyOrder(ACCOUNT, ACCOUNT, OTHER);
        // Its two are still in flight (hanging receivers): nothing more of that account, however much is due.
        assertThat(fair.claimDue(10, Duration.ofSeconds(30))).isEmpty();
        recordCommitted(draft(OTHER));
        assertThat(fair.claimDue(10, Duration.ofSeconds(30))).extracting(ClaimedDelivery::accountId)
                .containsExactly(OTHER);
        // One attempt finishes: the account gets one slot back.
        ClaimedDelivery finished = first.stream().filter(c -> c.accountId().equals(ACCOUNT)).findFirst().orElseThrow();
        fair.delivered(finished, AttemptResult.answered(200));
        assertThat(fair.claimDue(10, Duration.ofSeconds(30))).extracting(ClaimedDelivery::accountId)
                .containsExactly(ACCOUNT);
    }

    @Test
    void a_claim_carries_what_the_attempt_needs_and_the_outcomes_land_in_the_log() {
        Subscription s = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        recordCommitted(draft(ACCOUNT));

        List<ClaimedDelivery> claimed = deliveries.claimDue(10, Duration.ofSeconds(30));
        assertThat(claimed).hasSize(1);
        ClaimedDelivery first = claimed.get(0);
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.accountId()).isEqualTo(ACCOUNT);
        assertThat(first.event()).isEqualTo(EventType.SHOPPING_DRAFT_ADD);
        assertThat(first.payload()).isEqualTo("{\"draft\":{\"id\":\"x\"},\"n\":[1,2]}");
        assertThat(first.url()).isEqualTo(s.url());
        assertThat(first.secret()).isEqualTo("s3cret");
        assertThat(deliveries.claimDue(10, Duration.ofSeconds(30))).as("claimed rows are leased").isEmpty();

        deliveries.retryLater(first, AttemptResult.answered(500), Duration.ZERO);
        Delivery retrying = deliveries.list(ACCOUNT, s.id(), 10, Optional.empty()).get(0);
        assertThat(retrying.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.lastResponseCode()).isEqualTo(500);
        assertThat(retrying.lastError()).isEqualTo("HTTP 500");
        assertThat(retrying.nextAttemptAt()).isNotNull();

        ClaimedDelivery second = deliveries.claimDue(10, Duration.ofSeconds(30)).get(0);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.attempt()).isEqualTo(2);
        deliveries.delivered(second, AttemptResult.answered(204));
        Delivery done = deliveries.find(ACCOUNT, s.id(), first.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.lastResponseCode()).isEqualTo(204);
        assertThat(done.lastError()).isNull();
        assertThat(done.deliveredAt()).isNotNull();
        assertThat(done.nextAttemptAt()).isNull();
        assertThat(done.event()).isEqualTo(EventType.SHOPPING_DRAFT_ADD);
    }

    @Test
    void a_retry_is_not_due_before_its_delay_and_a_failure_is_final() {
        Subscription s = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        recordCommitted(draft(ACCOUNT));
        ClaimedDelivery first = deliveries.claimDue(10, Duration.ofSeconds(30)).get(0);
        deliveries.retryLater(first, AttemptResult.noAnswer("timed out after 10 ms"), Duration.ofHours(1));
        assertThat(deliveries.claimDue(10, Duration.ofSeconds(30))).isEmpty();
        Delivery waiting = deliveries.find(ACCOUNT, s.id(), first.id()).orElseThrow();
        assertThat(waiting.lastResponseCode()).isNull();
        assertThat(waiting.lastError()).isEqualTo("timed out after 10 ms");

        jdbi.useHandle(h -> h.execute("UPDATE webhook_deliveries SET next_attempt_at = now()"));
        ClaimedDelivery second = deliveries.claimDue(10, Duration.ofSeconds(30)).get(0);
        deliveries.failed(second, AttemptResult.answered(400));
        Delivery failed = deliveries.find(ACCOUNT, s.id(), first.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastResponseCode()).isEqualTo(400);
        assertThat(deliveries.claimDue(10, Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void a_lapsed_lease_hands_the_delivery_to_the_next_claimer_and_ignores_the_old_outcome() throws Exception {
        Subscription s = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        recordCommitted(draft(ACCOUNT));
        ClaimedDelivery crashed = deliveries.claimDue(10, Duration.ofMillis(200)).get(0);

        // The claimer "dies" here. Once the lease runs out the delivery is due again, with one more attempt counted.
        ClaimedDelivery again = pollForClaim(Duration.ofSeconds(10));
        assertThat(again.id()).isEqualTo(crashed.id());
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(again.claim()).isNotEqualTo(crashed.claim());

        deliveries.failed(crashed, AttemptResult.answered(400));
        assertThat(deliveries.find(ACCOUNT, s.id(), crashed.id()).orElseThrow().status())
                .as("the stale claim's outcome is ignored").isEqualTo(DeliveryStatus.PENDING);
        deliveries.delivered(again, AttemptResult.answered(200));
        assertThat(deliveries.find(ACCOUNT, s.id(), crashed.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    private ClaimedDelivery pollForClaim(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            List<ClaimedDelivery> claimed = deliveries.claimDue(10, Duration.ofSeconds(30));
            if (!claimed.isEmpty()) {
                return claimed.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing became due within " + max);
    }

    @Test
    void concurrent_claimers_never_get_the_same_delivery() throws Exception {
        subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        int events = 100;
        transactions.inTransaction(() -> {
            for (int i = 0; i < events; i++) {
                outbox.draftAdded(draft(ACCOUNT));
            }
            return null;
        });

        int claimers = 6;
        // About exclusivity only: no per-account bound, so one account's 200 deliveries can all be claimed.
        JdbiDeliveryStore deliveries = new JdbiDeliveryStore(jdbi, 1_000);
        CyclicBarrier start = new CyclicBarrier(claimers);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            List<Future<List<UUID>>> results = new ArrayList<>();
            for (int c = 0; c < claimers; c++) {
                Callable<List<UUID>> claimer = () -> {
                    start.await();
                    List<UUID> mine = new ArrayList<>();
                    List<ClaimedDelivery> batch;
                    while (!(batch = deliveries.claimDue(7, Duration.ofMinutes(5))).isEmpty()) {
                        batch.forEach(d -> mine.add(d.id()));
                    }
                    return mine;
                };
                results.add(pool.submit(claimer));
            }
            List<UUID> all = new ArrayList<>();
            for (Future<List<UUID>> result : results) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(2 * events);
            assertThat(new HashSet<>(all)).hasSize(2 * events);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancelling_a_subscriptions_pending_deliveries_takes_them_off_the_queue() {
        Subscription s = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        Subscription kept = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        recordCommitted(draft(ACCOUNT));
        transactions.inTransaction(() -> {
            subscriptions.markDeleted(s.delete(now(), "client-1"));
            deliveries.cancelPending(ACCOUNT, s.id());
            return null;
        });
        assertThat(deliveries.list(ACCOUNT, s.id(), 10, Optional.empty())).extracting(Delivery::status)
                .containsExactly(DeliveryStatus.CANCELLED);
        assertThat(deliveries.claimDue(10, Duration.ofSeconds(30))).extracting(ClaimedDelivery::url)
                .containsExactly(kept.url());
    }

    @Test
    void the_delivery_log_pages_newest_first() {
        Subscription s = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        for (int i = 0; i < 3; i++) {
            recordCommitted(draft(ACCOUNT));
        }
        List<Delivery> all = deliveries.list(ACCOUNT, s.id(), 10, Optional.empty());
        assertThat(all).hasSize(3);
        assertThat(all).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
        assertThat(deliveries.list(ACCOUNT, s.id(), 2, cursor(all.get(0)))).containsExactly(all.get(1), all.get(2));
        assertThat(deliveries.list(ACCOUNT, s.id(), 10, cursor(all.get(2)))).isEmpty();
        assertThat(deliveries.find(ACCOUNT, UUID.randomUUID(), all.get(0).id())).isEmpty();
        assertThat(deliveries.find(OTHER, s.id(), all.get(0).id())).as("another account's log").isEmpty();
        assertThat(deliveries.list(OTHER, s.id(), 10, Optional.empty())).isEmpty();
    }
}
