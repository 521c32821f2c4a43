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
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.PostgresDatabase;
import org.shoppingapi.jdbc.testing.TestDatabases;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;

/**
 * What only the PostgreSQL webhook stores have to show: the outbox's rows (one event row for all its deliveries) and
 * its wake-up after commit, the log's bound on an error's length, and claims that stay exclusive among concurrent
 * dispatchers ({@code SKIP LOCKED}). What every implementation does is {@link JdbiWebhookDeliveryStoreContractTest}
 * and {@link JdbiSubscriptionStoreContractTest}.
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

    private int count(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void the_outbox_writes_one_event_row_for_all_its_deliveries_and_wakes_the_dispatcher_once_after_commit() {
        Subscription drafts = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        Subscription both = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD, EventType.SHOPPING_ORDER_UPDATE);
        subscribe(OTHER, EventType.SHOPPING_DRAFT_ADD);

        transactions.inTransaction(() -> {
            outbox.draftAdded(draft(ACCOUNT));
            assertThat(wakeUps).as("not before commit").hasValue(0);
            return null;
        });

        assertThat(count("webhook_events")).isEqualTo(1);
        List<UUID> targets = jdbi.withHandle(h -> h.createQuery(
                "SELECT subscription_id FROM webhook_deliveries WHERE status = 'pending'").mapTo(UUID.class).list());
        assertThat(targets).containsExactlyInAnyOrder(drafts.id(), both.id());
        assertThat(wakeUps).hasValue(1);

        recordCommitted(draft("T55555555"));
        assertThat(wakeUps).as("nothing recorded, nobody woken").hasValue(1);
    }

    @Test
    void a_rolled_back_transaction_leaves_no_event_row_and_wakes_nobody() {
        subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.draftAdded(draft(ACCOUNT));
            throw new IllegalStateException("the change failed after the outbox write");
        })).hasMessageContaining("failed after");
        assertThat(count("webhook_events")).isZero();
        assertThat(count("webhook_deliveries")).isZero();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void the_log_keeps_the_first_500_characters_of_an_error() {
        Subscription s = subscribe(ACCOUNT, EventType.SHOPPING_DRAFT_ADD);
        recordCommitted(draft(ACCOUNT));
        ClaimedDelivery claimed = deliveries.claimDue(1, Duration.ofSeconds(30)).get(0);
        deliveries.retryLater(claimed, AttemptResult.noAnswer("x".repeat(499) + "yz"), Duration.ZERO);
        assertThat(deliveries.find(ACCOUNT, s.id(), claimed.id()).orElseThrow().lastError())
                .isEqualTo("x".repeat(499) + "y");
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
}
