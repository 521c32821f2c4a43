package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.error.IdempotencyKeyReusedException;
import org.shoppingapi.ports.in.idempotency.BeginRequestCommand;
import org.shoppingapi.ports.in.idempotency.IdempotencyDecision;
import org.shoppingapi.ports.in.idempotency.IdempotentReplayException;
import org.shoppingapi.ports.in.idempotency.IdempotentRequest;
import org.shoppingapi.ports.in.idempotency.RecordedResponse;
import org.shoppingapi.ports.out.IdempotencyStore;
import org.shoppingapi.ports.out.Transactions;

/**
 * The idempotency use case over an in-memory store and a unit of work that logs what it does: the claim is the first
 * thing of the request's transaction, a success's response is stored in it before the one commit, a refusal keeps
 * only its answer, a failure keeps nothing, a repeat replays, another body is 422.
 */
class IdempotencyServiceTest {

    static final String ACCOUNT = "T12345678";
    static final RecordedResponse FIRST = new RecordedResponse(200, "application/json", "\"0\"",
            "{\"id\":\"d-1\"}".getBytes(StandardCharsets.UTF_8));
    static final RecordedResponse REFUSED = new RecordedResponse(400, "application/json", null,
            "{\"error\":{}}".getBytes(StandardCharsets.UTF_8));

    final LoggingUnits transactions = new LoggingUnits();
    final LoggingStore store = new LoggingStore();
    final IdempotencyService service = new IdempotencyService(store, transactions, Clock.systemUTC(),
            IdempotencyService.Settings.DEFAULT);

    static BeginRequestCommand begin(String key, String fingerprint) {
        return new BeginRequestCommand(ACCOUNT, key, fingerprint);
    }

    IdempotentRequest proceed(IdempotencyService with, String key, String fingerprint) {
        IdempotencyDecision decision = with.begin(begin(key, fingerprint));
        assertThat(decision).isInstanceOf(IdempotencyDecision.Proceed.class);
        return ((IdempotencyDecision.Proceed) decision).request();
    }

    @Test
    void the_claim_opens_the_request_transaction_and_the_response_commits_with_the_change() {
        IdempotentRequest request = proceed(service, "k", "fp");
        assertThat(store.find(ACCOUNT, "k")).as("nothing is claimed before the request's first transaction").isEmpty();
        transactions.inTransaction(() -> transactions.log.add("change"));
        request.finish(FIRST);

        assertThat(transactions.log).containsExactly("start", "claim", "change", "response", "commit", "close");
        assertThat(service.begin(begin("k", "fp"))).isEqualTo(new IdempotencyDecision.Replay(FIRST));
    }

    @Test
    void a_failure_keeps_nothing_and_the_retry_runs_afresh() {
        IdempotentRequest request = proceed(service, "k", "fp");
        transactions.inTransaction(() -> transactions.log.add("change"));
        request.abandon();
        assertThat(transactions.log).containsExactly("start", "claim", "change", "close");
        assertThat(store.find(ACCOUNT, "k")).as("the claim went with the rollback").isEmpty();
        proceed(service, "k", "fp");
    }

    @Test
    void a_refusal_keeps_only_its_answer_which_a_repeat_gets_again() {
        IdempotentRequest request = proceed(service, "k", "fp");
        transactions.inTransaction(() -> transactions.log.add("change"));
        request.finish(REFUSED);
        assertThat(transactions.log).startsWith("start", "claim", "change", "close");
        assertThat(transactions.log).doesNotContain("commit");
        assertThat(service.begin(begin("k", "fp"))).isEqualTo(new IdempotencyDecision.Replay(REFUSED));
    }

    @Test
    void a_request_that_lost_the_key_to_a_simultaneous_one_replays_its_answer_and_keeps_nothing() {
        IdempotentRequest late = proceed(service, "k", "fp");
        LoggingUnits.Unit lateUnit = transactions.open;
        IdempotentRequest early = proceed(service, "k", "fp");
        transactions.inTransaction(() -> null);
        early.finish(FIRST);
        transactions.open = lateUnit; // back on the late request's thread

        assertThatThrownBy(() -> transactions.inTransaction(() -> transactions.log.add("late change")))
                .isInstanceOfSatisfying(IdempotentReplayException.class,
                        e -> assertThat(e.response()).isEqualTo(FIRST));
        late.finish(new RecordedResponse(200, "application/json", null, new byte[0]));
        assertThat(transactions.log).doesNotContain("late change");
        assertThat(service.begin(begin("k", "fp"))).isEqualTo(new IdempotencyDecision.Replay(FIRST));
    }

    @Test
    void another_fingerprint_with_the_key_is_refused() {
        IdempotentRequest request = proceed(service, "k", "fp");
        transactions.inTransaction(() -> null);
        request.finish(FIRST);
        assertThatThrownBy(() -> service.begin(begin("k", "other"))).isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void an_expired_key_is_new_and_purged() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        IdempotencyService before = new IdempotencyService(store, transactions, Clock.fixed(start, ZoneOffset.UTC),
                IdempotencyService.Settings.DEFAULT);
        IdempotentRequest request = proceed(before, "old", "fp");
        transactions.inTransaction(() -> null);
        request.finish(FIRST);

        IdempotencyService later = new IdempotencyService(store, transactions,
                Clock.fixed(start.plus(Duration.ofHours(23)), ZoneOffset.UTC), IdempotencyService.Settings.DEFAULT);
        assertThat(later.begin(begin("old", "fp"))).as("kept 24 h").isInstanceOf(IdempotencyDecision.Replay.class);

        IdempotencyService nextDay = new IdempotencyService(store, transactions,
                Clock.fixed(start.plus(Duration.ofHours(25)), ZoneOffset.UTC), IdempotencyService.Settings.DEFAULT);
        assertThat(nextDay.begin(begin("old", "other"))).isInstanceOf(IdempotencyDecision.Proceed.class);
        assertThat(nextDay.purgeExpired()).isEqualTo(1);
    }

    @Test
    void a_claim_without_response_left_by_an_earlier_version_is_taken_over() {
        store.claim(ACCOUNT, "dead", "fp", Instant.now(), Instant.now().minus(Duration.ofHours(24)));
        IdempotentRequest request = proceed(service, "dead", "fp");
        transactions.inTransaction(() -> null);
        request.finish(FIRST);
        assertThat(service.begin(begin("dead", "fp"))).isEqualTo(new IdempotencyDecision.Replay(FIRST));
    }

    @Test
    void keys_must_be_present_and_bounded() {
        assertThatThrownBy(() -> begin(" ", "fp")).isInstanceOf(ValidationException.class)
                .hasMessage("Idempotency-Key must not be empty");
        assertThatThrownBy(() -> begin("k".repeat(256), "fp")).isInstanceOf(ValidationException.class);
        assertThat(begin("k".repeat(255), "fp").key()).hasSize(255);
    }

    /** The in-memory store, logging claims and responses, and telling the open unit what it claimed. */
    final class LoggingStore implements IdempotencyStore {
        private final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();

        @Override
        public boolean claim(String accountId, String key, String fingerprint, Instant now, Instant expiredBefore) {
            transactions.log.add("claim");
            boolean won = keys.claim(accountId, key, fingerprint, now, expiredBefore);
            if (won && transactions.open != null) {
                transactions.open.claimed.add(key);
            }
            return won;
        }

        @Override
        public Optional<StoredKey> find(String accountId, String key) {
            return keys.find(accountId, key);
        }

        @Override
        public void complete(String accountId, String key, StoredResponse response) {
            transactions.log.add("response");
            keys.complete(accountId, key, response);
        }

        @Override
        public int deleteExpired(Instant expiredBefore) {
            return keys.deleteExpired(expiredBefore);
        }
    }

    /**
     * Units of work as {@link Transactions} promises them, logged. The in-memory store has no rollback: a unit closed
     * without a commit forgets the keys claimed in it (the only writes these tests make inside one).
     */
    final class LoggingUnits implements Transactions {
        final List<String> log = new ArrayList<>();
        Unit open;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (open != null) {
                open.startOnce();
            }
            return work.get();
        }

        @Override
        public UnitOfWork openUnitOfWork(Runnable first) {
            open = new Unit(first);
            return open;
        }

        final class Unit implements UnitOfWork {
            final List<String> claimed = new ArrayList<>();
            private final Runnable first;
            private boolean started;
            private boolean closed;

            Unit(Runnable first) {
                this.first = first;
            }

            void startOnce() {
                if (!started) {
                    started = true;
                    log.add("start");
                    first.run();
                }
            }

            @Override
            public boolean started() {
                return started;
            }

            @Override
            public void commit() {
                log.add("commit");
                claimed.clear();
                close();
            }

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                closed = true;
                claimed.forEach(key -> store.keys.forget(ACCOUNT, key));
                if (open == this) {
                    open = null;
                }
                log.add("close");
            }
        }
    }
}
