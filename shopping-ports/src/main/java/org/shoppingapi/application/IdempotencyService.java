package org.shoppingapi.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.shoppingapi.domain.error.IdempotencyKeyReusedException;
import org.shoppingapi.ports.in.idempotency.BeginRequestCommand;
import org.shoppingapi.ports.in.idempotency.IdempotencyDecision;
import org.shoppingapi.ports.in.idempotency.IdempotentReplayException;
import org.shoppingapi.ports.in.idempotency.IdempotentRequest;
import org.shoppingapi.ports.in.idempotency.IdempotentRequestsUseCase;
import org.shoppingapi.ports.in.idempotency.RecordedResponse;
import org.shoppingapi.ports.out.IdempotencyStore;
import org.shoppingapi.ports.out.IdempotencyStore.StoredKey;
import org.shoppingapi.ports.out.IdempotencyStore.StoredResponse;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.Transactions.UnitOfWork;

/**
 * Idempotency keys written in the transaction of the change they answer (SPEC §1). A request with a key runs in a
 * unit of work: its first transaction claims the key before anything else, no transaction of it commits on its own,
 * and its response is stored before the one commit. So the key, the change and the response commit together or not
 * at all: a retry after a crash or a dropped connection either replays the committed answer or runs once. A repeat
 * arriving while the first runs waits at the key's row lock for the first one's outcome.
 */
public final class IdempotencyService implements IdempotentRequestsUseCase {

    /** How long keys are kept. */
    public record Settings(Duration retention) {
        /** Keys kept 24 h (SPEC §1). */
        public static final Settings DEFAULT = new Settings(Duration.ofHours(24));
    }

    private final IdempotencyStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final Settings settings;

    public IdempotencyService(IdempotencyStore store, Transactions transactions, Clock clock, Settings settings) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public IdempotencyDecision begin(BeginRequestCommand command) {
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(settings.retention());
        Optional<StoredKey> stored = store.find(command.accountId(), command.key())
                .filter(first -> !first.claimedAt().isBefore(expiredBefore));
        if (stored.isPresent()) {
            Optional<IdempotencyDecision.Replay> replay = replayOf(stored.get(), command);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        KeyedRequest request = new KeyedRequest(command, now, expiredBefore);
        request.unit = transactions.openUnitOfWork(request::claim);
        return new IdempotencyDecision.Proceed(request);
    }

    /** Deletes keys past their retention; run periodically. Returns how many went. */
    public int purgeExpired() {
        return store.deleteExpired(clock.instant().minus(settings.retention()));
    }

    /** The first answer to replay; 422 for another request with the key; empty for a claim without a response. */
    private static Optional<IdempotencyDecision.Replay> replayOf(StoredKey first, BeginRequestCommand command) {
        if (!first.fingerprint().equals(command.fingerprint())) {
            throw new IdempotencyKeyReusedException(command.key());
        }
        return first.response().map(r -> new IdempotencyDecision.Replay(
                new RecordedResponse(r.status(), r.contentType(), r.etag(), r.body())));
    }

    /** One request running under its key. */
    private final class KeyedRequest implements IdempotentRequest {

        private final BeginRequestCommand command;
        private final Instant now;
        private final Instant expiredBefore;
        private UnitOfWork unit;
        private boolean answeredByAnother;

        KeyedRequest(BeginRequestCommand command, Instant now, Instant expiredBefore) {
            this.command = command;
            this.now = now;
            this.expiredBefore = expiredBefore;
        }

        /**
         * The first statement of the request's transaction. Losing the claim means a request with the key committed
         * since {@link #begin} looked (this one waited for it): answer as it did, and change nothing.
         */
        void claim() {
            if (store.claim(command.accountId(), command.key(), command.fingerprint(), now, expiredBefore)) {
                return;
            }
            answeredByAnother = true;
            StoredKey first = store.find(command.accountId(), command.key())
                    .orElseThrow(() -> new IllegalStateException("a claim lost to a key that is gone"));
            IdempotencyDecision.Replay replay = replayOf(first, command)
                    .orElseThrow(() -> new IllegalStateException("a committed key without its response"));
            throw new IdempotentReplayException(replay.response());
        }

        @Override
        public void finish(RecordedResponse response) {
            try {
                if (answeredByAnother) {
                    return;
                }
                StoredResponse kept = new StoredResponse(response.status(), response.contentType(), response.etag(),
                        response.body());
                if (unit.started() && response.status() < 400) {
                    transactions.inTransaction(() -> {
                        store.complete(command.accountId(), command.key(), kept);
                        return null;
                    });
                    unit.commit();
                    return;
                }
                // A refusal keeps nothing of its request but the answer; a request that never opened a transaction
                // records its answer in one of its own.
                unit.close();
                transactions.inTransaction(() -> {
                    if (store.claim(command.accountId(), command.key(), command.fingerprint(), now, expiredBefore)) {
                        store.complete(command.accountId(), command.key(), kept);
                    }
                    return null;
                });
            } finally {
                unit.close();
            }
        }

        @Override
        public void abandon() {
            unit.close();
        }
    }
}
