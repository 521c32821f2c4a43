package org.shoppingapi.rest.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed token requests per client id and per remote address within a sliding window (SPEC §1: 10 per client id,
 * 100 per address, a minute). Once a key has had its limit of failures, further requests are refused before any
 * secret is hashed, until the oldest failure leaves the window; the answer says when that is.
 */
public final class TokenAttemptLimits {

    /** The limits; {@code window} is how long a failure counts. */
    public record Settings(int failuresPerClient, int failuresPerAddress, Duration window) {
        public Settings {
            if (failuresPerClient < 1 || failuresPerAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("token attempt limits must be positive");
            }
        }
    }

    /** Keys tracked at most (each a few dozen bytes); beyond that the expired ones go, then the oldest arbitrary ones. */
    private static final int MAX_TRACKED = 100_000;

    private final Settings settings;
    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> failures = new ConcurrentHashMap<>();

    public TokenAttemptLimits(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when the attempt may go ahead. */
    public Optional<Duration> wait(String accountId, String clientId, String address) {
        Instant now = clock.instant();
        Optional<Duration> client = wait(clientKey(accountId, clientId), settings.failuresPerClient(), now);
        Optional<Duration> peer = wait(addressKey(address), settings.failuresPerAddress(), now);
        if (client.isPresent() && peer.isPresent()) {
            return Optional.of(client.get().compareTo(peer.get()) > 0 ? client.get() : peer.get());
        }
        return client.isPresent() ? client : peer;
    }

    /** Counts one failed attempt against the client id and the address. */
    public void recordFailure(String accountId, String clientId, String address) {
        Instant now = clock.instant();
        record(clientKey(accountId, clientId), settings.failuresPerClient(), now);
        record(addressKey(address), settings.failuresPerAddress(), now);
        if (failures.size() > MAX_TRACKED) {
            forgetExpired(now);
        }
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        ArrayDeque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(settings.window())));
        }
    }

    private void record(String key, int limit, Instant now) {
        failures.compute(key, (k, times) -> {
            ArrayDeque<Instant> window = times == null ? new ArrayDeque<>() : times;
            synchronized (window) {
                dropExpired(window, now);
                window.addLast(now);
                // Only the newest `limit` failures matter for the answer; older ones need no memory.
                while (window.size() > limit) {
                    window.removeFirst();
                }
            }
            return window;
        });
    }

    private void dropExpired(ArrayDeque<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(settings.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
    }

    private void forgetExpired(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropExpired(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
        Iterator<String> excess = failures.keySet().iterator();
        while (failures.size() > MAX_TRACKED && excess.hasNext()) {
            excess.next();
            excess.remove();
        }
    }

    private static String clientKey(String accountId, String clientId) {
        return "client " + accountId + " " + clientId;
    }

    private static String addressKey(String address) {
        return "address " + address;
    }
}
