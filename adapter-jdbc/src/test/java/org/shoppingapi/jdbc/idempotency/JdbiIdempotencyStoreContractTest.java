package org.shoppingapi.jdbc.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.IdempotencyStore.StoredKey;
import org.shoppingapi.ports.out.IdempotencyStore.StoredResponse;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.Transactions.UnitOfWork;

/**
 * The {@code IdempotencyStore} contract against PostgreSQL: one claim wins, responses kept, the claim commits or rolls
 * back with the caller's transaction (and a request's unit of work), a simultaneous claim waits for the first one's
 * outcome, expiry, and the take-over of a claim an earlier version committed without its response.
 */
class JdbiIdempotencyStoreContractTest {

    static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");
    static final Instant DAY_AGO = NOW.minus(Duration.ofHours(24));
    static MigratedDatabase db;
    static JdbiIdempotencyStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiIdempotencyStoreContractTest.class, 12);
        store = new JdbiIdempotencyStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static final StoredResponse OK = new StoredResponse(200, "application/json", null, new byte[0]);

    @Test
    void the_first_claim_wins_and_the_response_is_kept_byte_for_byte() {
        assertThat(store.claim("T30000001", "k1", "fp", NOW, DAY_AGO)).isTrue();
        StoredKey pending = store.find("T30000001", "k1").orElseThrow();
        assertThat(pending.fingerprint()).isEqualTo("fp");
        assertThat(pending.claimedAt()).isEqualTo(NOW);
        assertThat(pending.response()).isEmpty();

        byte[] body = "{\"id\":\"ø\"}".getBytes(StandardCharsets.UTF_8);
        store.complete("T30000001", "k1", new StoredResponse(200, "application/json", "\"0\"", body));
        assertThat(store.claim("T30000001", "k1", "fp", NOW, DAY_AGO)).isFalse();
        assertThat(store.claim("T30000002", "k1", "fp", NOW, DAY_AGO)).as("keys are per account").isTrue();
        StoredResponse stored = store.find("T30000001", "k1").orElseThrow().response().orElseThrow();
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.contentType()).isEqualTo("application/json");
        assertThat(stored.etag()).isEqualTo("\"0\"");
        assertThat(stored.body()).isEqualTo(body);
        assertThat(store.find("T30000003", "k1")).isEmpty();
    }

    @Test
    void of_many_simultaneous_requests_exactly_one_claims_and_the_others_wait_for_its_answer() throws Exception {
        int threads = 10;
        Transactions transactions = new JdbiTransactions(db.jdbi());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> request = () -> {
                    start.await();
                    return transactions.inTransaction(() -> {
                        boolean won = store.claim("T30000004", "race", "fp", NOW, DAY_AGO);
                        if (won) {
                            store.complete("T30000004", "race", OK);
                        }
                        return won;
                    });
                };
                claims.add(pool.submit(request));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_claim_commits_and_rolls_back_with_the_callers_transaction() {
        Transactions transactions = new JdbiTransactions(db.jdbi());
        transactions.inTransaction(() -> {
            assertThat(store.claim("T30000005", "kept", "fp", NOW, DAY_AGO)).isTrue();
            store.complete("T30000005", "kept", OK);
            return null;
        });
        try {
            transactions.inTransaction(() -> {
                store.claim("T30000005", "gone", "fp", NOW, DAY_AGO);
                throw new IllegalStateException("the caller's work fails");
            });
        } catch (IllegalStateException expected) {
            // the claim goes with the caller's rollback
        }
        assertThat(store.find("T30000005", "kept")).isPresent();
        assertThat(store.find("T30000005", "gone")).isEmpty();
    }

    @Test
    void a_unit_of_work_claims_first_and_keeps_everything_until_its_one_commit() {
        Transactions transactions = new JdbiTransactions(db.jdbi());
        try (UnitOfWork abandoned = transactions.openUnitOfWork(
                () -> store.claim("T30000006", "abandoned", "fp", NOW, DAY_AGO))) {
            assertThat(abandoned.started()).isFalse();
            transactions.inTransaction(() -> null);
            transactions.inTransaction(() -> {
                store.complete("T30000006", "abandoned", OK);
                return null;
            });
            assertThat(abandoned.started()).isTrue();
        }
        assertThat(store.find("T30000006", "abandoned")).as("closed without a commit: nothing stays").isEmpty();

        UnitOfWork committed = transactions.openUnitOfWork(
                () -> store.claim("T30000006", "committed", "fp", NOW, DAY_AGO));
        transactions.inTransaction(() -> null);
        transactions.inTransaction(() -> {
            store.complete("T30000006", "committed", OK);
            return null;
        });
        committed.commit();
        assertThat(store.find("T30000006", "committed").orElseThrow().response()).isPresent();
    }

    @Test
    void a_simultaneous_claim_waits_for_the_first_units_outcome() throws Exception {
        Transactions transactions = new JdbiTransactions(db.jdbi());
        UnitOfWork first = transactions.openUnitOfWork(() -> store.claim("T30000009", "k", "fp", NOW, DAY_AGO));
        transactions.inTransaction(() -> null);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> second = other.submit(() -> transactions.inTransaction(
                    () -> store.claim("T30000009", "k", "fp", NOW, DAY_AGO)));
            transactions.inTransaction(() -> {
                store.complete("T30000009", "k", OK);
                return null;
            });
            first.commit();
            assertThat(second.get(30, TimeUnit.SECONDS)).as("the first one committed with its answer").isFalse();
        } finally {
            first.close();
            other.shutdownNow();
        }
    }

    @Test
    void an_expired_key_is_claimed_afresh_and_purged() {
        Instant old = NOW.minus(Duration.ofHours(25));
        store.claim("T30000007", "old", "fp-old", old, old.minus(Duration.ofHours(24)));
        store.complete("T30000007", "old", new StoredResponse(201, "application/json", "\"3\"", new byte[]{1}));
        store.claim("T30000007", "old2", "fp-old", old, old.minus(Duration.ofHours(24)));
        store.claim("T30000007", "fresh", "fp", NOW.minusSeconds(60), DAY_AGO);
        store.complete("T30000007", "fresh", OK);

        assertThat(store.claim("T30000007", "old", "fp-new", NOW, DAY_AGO)).isTrue();
        StoredKey renewed = store.find("T30000007", "old").orElseThrow();
        assertThat(renewed.fingerprint()).isEqualTo("fp-new");
        assertThat(renewed.response()).isEmpty();
        assertThat(store.claim("T30000007", "fresh", "fp", NOW, DAY_AGO)).as("kept 24 h").isFalse();

        assertThat(store.deleteExpired(DAY_AGO)).isGreaterThanOrEqualTo(1);
        assertThat(store.find("T30000007", "old2")).isEmpty();
        assertThat(store.find("T30000007", "fresh")).isPresent();
    }

    @Test
    void a_claim_committed_without_its_response_by_an_earlier_version_is_taken_over() {
        Instant claimed = NOW.minus(Duration.ofMinutes(10));
        store.claim("T30000008", "dead", "fp", claimed, DAY_AGO);
        assertThat(store.claim("T30000008", "dead", "fp", NOW, DAY_AGO)).isTrue();
        assertThat(store.find("T30000008", "dead").orElseThrow().claimedAt()).isEqualTo(NOW);
    }
}
