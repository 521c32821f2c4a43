package org.shoppingapi.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.IdempotencyKeyReusedException;
import org.shoppingapi.ports.in.idempotency.BeginRequestCommand;
import org.shoppingapi.ports.in.idempotency.IdempotencyDecision;
import org.shoppingapi.ports.in.idempotency.IdempotentRequestsUseCase;
import org.shoppingapi.ports.in.idempotency.RecordedResponse;
import org.shoppingapi.ports.out.IdempotencyStore;
import org.shoppingapi.ports.out.IdempotencyStore.StoredKey;
import org.shoppingapi.ports.out.IdempotencyStore.StoredResponse;

/**
 * Idempotency keys over the {@link IdempotencyStore}: the store's atomic claim decides which of two simultaneous
 * requests runs; the other polls (backing off) until the first one's response is stored, then replays it.
 */
public final class IdempotencyService implements IdempotentRequestsUseCase {

    public static final String KEY_IN_USE = "IDEMPOTENCY_KEY_IN_USE";

    /** Timings of the key life cycle. */
    public record Settings(Duration retention, Duration waitForFirst, Duration staleAfter) {
        /** Keys kept 24 h (SPEC §1); a repeat waits up to 30 s; a claim without response for 5 min is dead. */
        public static final Settings DEFAULT = new Settings(Duration.ofHours(24), Duration.ofSeconds(30),
                Duration.ofMinutes(5));
    }

    private static final Duration FIRST_PAUSE = Duration.ofMillis(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(200);

    private final IdempotencyStore store;
    private final Clock clock;
    private final Settings settings;

    public IdempotencyService(IdempotencyStore store, Clock clock, Settings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public IdempotencyDecision begin(BeginRequestCommand command) {
        String account = command.accountId();
        String key = command.key();
        Instant deadline = clock.instant().plus(settings.waitForFirst());
        Duration pause = FIRST_PAUSE;
        while (true) {
            Instant now = clock.instant();
            if (store.claim(account, key, command.fingerprint(), now, now.minus(settings.retention()))) {
                return new IdempotencyDecision.Proceed();
            }
            Optional<StoredKey> stored = store.find(account, key);
            if (stored.isEmpty()) {
                continue; // The first request gave the key up between our claim and our read; claim again at once.
            }
            StoredKey first = stored.get();
            if (!first.fingerprint().equals(command.fingerprint())) {
                throw new IdempotencyKeyReusedException(key);
            }
            if (first.response().isPresent()) {
                StoredResponse r = first.response().get();
                return new IdempotencyDecision.Replay(
                        new RecordedResponse(r.status(), r.contentType(), r.etag(), r.body()));
            }
            Instant staleBefore = now.minus(settings.staleAfter());
            if (first.claimedAt().isBefore(staleBefore)
                    && store.takeOverStale(account, key, command.fingerprint(), now, staleBefore)) {
                return new IdempotencyDecision.Proceed();
            }
            if (!now.isBefore(deadline)) {
                throw new ConflictException(KEY_IN_USE, "a request with Idempotency-Key " + key
                        + " is still being processed; retry later");
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    @Override
    public void finish(String accountId, String key, RecordedResponse response) {
        store.complete(accountId, key,
                new StoredResponse(response.status(), response.contentType(), response.etag(), response.body()));
    }

    @Override
    public void abandon(String accountId, String key) {
        store.release(accountId, key);
    }

    /** Deletes keys past their retention; run periodically. Returns how many went. */
    public int purgeExpired() {
        return store.deleteExpired(clock.instant().minus(settings.retention()));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request with this key", e);
        }
    }
}
