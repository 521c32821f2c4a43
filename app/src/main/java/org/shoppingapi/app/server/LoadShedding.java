package org.shoppingapi.app.server;

import io.helidon.common.concurrency.limits.FixedLimit;
import io.helidon.common.concurrency.limits.LimitAlgorithm;
import io.helidon.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Admission control in front of every API request (SPEC §1 "overloaded"): at most {@code maxRunning} requests run at
 * once, at most {@code maxQueued} more wait for a turn, each at most {@code queueTimeout}. A request that finds the
 * queue full, or waits its whole timeout, is answered at once with 503, {@code Retry-After} and the SPEC error body,
 * and the connection stays open. So beyond capacity latency stays bounded by the queue instead of growing with the
 * number of clients (Helidon runs every request on its own virtual thread and would otherwise start them all: on
 * two cores they then share the CPU and all get slow together).
 *
 * <p>Helidon's own {@code server.concurrency-limit} does the same counting (this filter uses its {@link FixedLimit})
 * but answers with plain text and closes the connection; clients would see connection errors instead of a 503 they
 * can retry. {@code /observe/*} (health, metrics) is never queued: an orchestrator must see a busy instance as alive.
 */
public final class LoadShedding implements Filter {

    /** The seconds a refused client is asked to wait: short, the queue drains within a second. */
    static final int RETRY_AFTER_SECONDS = 1;
    private static final byte[] BODY = ("{\"error\":{\"code\":\"OVERLOADED\",\"message\":\"the service is at capacity;"
            + " retry after " + RETRY_AFTER_SECONDS + " s\",\"errors\":[]}}").getBytes(StandardCharsets.UTF_8);

    private final FixedLimit limit;
    private final Settings settings;

    /**
     * @param maxRunning   requests running at once
     * @param maxQueued    requests waiting beyond those (0: none wait; the next one is refused)
     * @param queueTimeout the longest a request waits before it is refused
     */
    public record Settings(int maxRunning, int maxQueued, Duration queueTimeout) {

        public Settings {
            if (maxRunning < 1 || maxQueued < 0 || queueTimeout.isNegative()) {
                throw new IllegalArgumentException("requests.max-running must be at least 1, requests.max-queued and "
                        + "requests.queue-timeout at least 0");
            }
        }

        /** {@code requests.max-running}, {@code requests.max-queued}, {@code requests.queue-timeout} (ISO-8601). */
        public static Settings from(Config config) {
            Config requests = config.get("requests");
            return new Settings(requests.get("max-running").asInt().orElse(32),
                    requests.get("max-queued").asInt().orElse(256),
                    requests.get("queue-timeout").as(Duration.class).orElse(Duration.ofSeconds(1)));
        }
    }

    public LoadShedding(Settings settings) {
        this.settings = settings;
        this.limit = FixedLimit.builder()
                .permits(settings.maxRunning())
                .queueLength(settings.maxQueued())
                .queueTimeout(settings.queueTimeout())
                // First come, first served. Helidon's default semaphore is unfair: a request arriving just as a
                // permit frees up takes it ahead of those already waiting, so under a flood of new requests the
                // queued ones were overtaken again and again until their whole queue timeout ran out, and were
                // then refused after a second or more (the 05:08 benchmark: 503s at p99 1.48 s). Fair, a queued
                // request waits only for those ahead of it (the queue drains in well under the timeout at the
                // measured throughput), and every request beyond the queue is refused on arrival.
                .fair(true)
                .build();
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (request.path().path().startsWith("/observe")) {
            chain.proceed();
            return;
        }
        Optional<LimitAlgorithm.Token> turn = limit.tryAcquire(settings.maxQueued() > 0);
        if (turn.isEmpty()) {
            response.status(Status.SERVICE_UNAVAILABLE_503)
                    .header(HeaderNames.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .header(HeaderValues.CONTENT_TYPE_JSON)
                    .send(BODY);
            return;
        }
        try {
            chain.proceed();
        } finally {
            // Only the permit matters for a fixed limit; success() gives it back.
            turn.get().success();
        }
    }

    public Settings settings() {
        return settings;
    }

    /** Whether a waiting request gets its turn before any that arrives after it (for tests). */
    boolean firstComeFirstServed() {
        return limit.semaphore().isFair();
    }

    /** Requests waiting for a turn now (for tests and diagnostics). */
    int waiting() {
        return limit.semaphore().getQueueLength();
    }
}
