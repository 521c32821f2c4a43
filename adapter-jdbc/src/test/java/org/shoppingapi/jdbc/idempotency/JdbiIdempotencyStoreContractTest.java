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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.IdempotencyStore.StoredKey;
import org.shoppingapi.ports.out.IdempotencyStore.StoredResponse;

/** The {@code IdempotencyStore} contract against PostgreSQL: one claim wins, responses kept, expiry and take-over. */
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

    @Test
    void the_first_claim_wins_and_the_response_is_kept_byte_for_byte() {
        assertThat(store.claim("T30000001", "k1", "fp", NOW, DAY_AGO)).isTrue();
        assertThat(store.claim("T30000001", "k1", "fp", NOW, DAY_AGO)).isFalse();
        assertThat(store.claim("T30000002", "k1", "fp", NOW, DAY_AGO)).as("keys are per account").isTrue();
        StoredKey pending = store.find("T30000001", "k1").orElseThrow();
        assertThat(pending.fingerprint()).isEqualTo("fp");
        assertThat(pending.claimedAt()).isEqualTo(NOW);
        assertThat(pending.response()).isEmpty();

        byte[] body = "{\"id\":\"ø\"}".getBytes(StandardCharsets.UTF_8);
        store.complete("T30000001", "k1", new StoredResponse(200, "application/json", "\"0\"", body));
        StoredResponse stored = store.find("T30000001", "k1").orElseThrow().response().orElseThrow();
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.contentType()).isEqualTo("application/json");
        assertThat(stored.etag()).isEqualTo("\"0\"");
        assertThat(stored.body()).isEqualTo(body);
        assertThat(store.find("T30000003", "k1")).isEmpty();
    }

    @Test
    void of_many_simultaneous_claims_exactly_one_wins() throws Exception {
        int threads = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    return store.claim("T30000004", "race", "fp", NOW, DAY_AGO);
                };
                claims.add(pool.submit(claim));
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
    void a_claim_commits_at_once_even_inside_a_callers_transaction() {
        new JdbiTransactions(db.jdbi()).inTransaction(() -> {
            assertThat(store.claim("T30000005", "k", "fp", NOW, DAY_AGO)).isTrue();
            return null;
        });
        try {
            new JdbiTransactions(db.jdbi()).inTransaction(() -> {
                store.claim("T30000005", "k2", "fp", NOW, DAY_AGO);
                throw new IllegalStateException("the caller's work fails");
            });
        } catch (IllegalStateException expected) {
            // the claim must survive the caller's rollback
        }
        assertThat(store.find("T30000005", "k2")).isPresent();
    }

    @Test
    void release_frees_a_pending_claim_but_never_a_completed_one() {
        store.claim("T30000006", "pending", "fp", NOW, DAY_AGO);
        store.claim("T30000006", "done", "fp", NOW, DAY_AGO);
        store.complete("T30000006", "done", new StoredResponse(200, "application/json", null, new byte[0]));
        store.release("T30000006", "pending");
        store.release("T30000006", "done");
        assertThat(store.find("T30000006", "pending")).isEmpty();
        assertThat(store.find("T30000006", "done")).isPresent();
        assertThat(store.claim("T30000006", "pending", "other", NOW, DAY_AGO)).isTrue();
    }

    @Test
    void an_expired_key_is_claimed_afresh_and_purged() {
        Instant old = NOW.minus(Duration.ofHours(25));
        store.claim("T30000007", "old", "fp-old", old, old.minus(Duration.ofHours(24)));
        store.complete("T30000007", "old", new StoredResponse(201, "application/json", "\"3\"", new byte[]{1}));
        store.claim("T30000007", "old2", "fp-old", old, old.minus(Duration.ofHours(24)));
        store.claim("T30000007", "fresh", "fp", NOW.minusSeconds(60), DAY_AGO);

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
    void a_stale_pending_claim_can_be_taken_over_once() {
        Instant claimed = NOW.minus(Duration.ofMinutes(10));
        store.claim("T30000008", "stale", "fp", claimed, DAY_AGO);
        Instant staleBefore = NOW.minus(Duration.ofMinutes(5));
        assertThat(store.takeOverStale("T30000008", "stale", "other-fp", NOW, staleBefore)).isFalse();
        assertThat(store.takeOverStale("T30000008", "stale", "fp", NOW, staleBefore)).isTrue();
        assertThat(store.takeOverStale("T30000008", "stale", "fp", NOW, staleBefore)).as("now fresh").isFalse();
    }
}
