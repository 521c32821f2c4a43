package org.shoppingapi.app;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shoppingapi.jdbc.webhook.JdbiWebhookBacklog;
import org.shoppingapi.rest.observe.RequestObservationFilter;

/**
 * The service's own meters in Helidon's registry, served at {@code /observe/metrics} in Prometheus text format
 * (README "Metrics" lists them): request latency per route (histogram) and answers per route and status, the
 * connection pool, the webhook backlog, token issues and failures, and idempotent replays.
 */
final class ServiceMetrics implements RequestObservationFilter.RequestListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServiceMetrics.class.getName());
    private static final String TOKEN_ROUTE = "/v1/accounts/{aid}/auth/token";
    /** Latency buckets from 5 ms to 10 s: enough resolution for an SLO on the typical 10-100 ms request. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    /** The backlog is read from the database at most this often, however often Prometheus scrapes. */
    private static final long BACKLOG_MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final MeterRegistry registry = Metrics.globalRegistry();
    private final List<Meter> gauges = new ArrayList<>();
    private final JdbiWebhookBacklog backlog;
    private volatile JdbiWebhookBacklog.Backlog lastBacklog = new JdbiWebhookBacklog.Backlog(0, 0, 0);
    private volatile long lastBacklogAt;

    ServiceMetrics(HikariDataSource pool, JdbiWebhookBacklog backlog) {
        this.backlog = backlog;
        HikariPoolMXBean beans = pool.getHikariPoolMXBean();
        gauge("shopping_db_pool_connections_active", "connections in use", beans, HikariPoolMXBean::getActiveConnections);
        gauge("shopping_db_pool_connections_idle", "open connections not in use", beans,
                HikariPoolMXBean::getIdleConnections);
        gauge("shopping_db_pool_threads_waiting", "requests waiting for a connection", beans,
                HikariPoolMXBean::getThreadsAwaitingConnection);
        gauge("shopping_db_pool_connections_max", "upper bound of the pool", pool,
                p -> p.getMaximumPoolSize());
        gauge("shopping_webhook_deliveries_pending", "deliveries waiting to be sent or retried", this,
                m -> m.backlog().pending());
        gauge("shopping_webhook_deliveries_failed", "deliveries given up (attempts used up or refused)", this,
                m -> m.backlog().failed());
        gauge("shopping_webhook_oldest_pending_seconds", "age of the oldest pending delivery (0 when none)", this,
                m -> m.backlog().oldestPendingSeconds());
    }

    private <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value) {
        gauges.add(registry.getOrCreate(Gauge.builder(name, source, value).description(description)));
    }

    private JdbiWebhookBacklog.Backlog backlog() {
        if (System.nanoTime() - lastBacklogAt > BACKLOG_MAX_AGE_NANOS) {
            try {
                lastBacklog = backlog.read();
                lastBacklogAt = System.nanoTime();
            } catch (RuntimeException e) {
                // A scrape during a database outage keeps the last reading rather than failing the whole page.
                LOG.log(Level.FINE, "could not read the webhook backlog", e);
            }
        }
        return lastBacklog;
    }

    @Override
    public void finished(RequestObservationFilter.Exchange exchange) {
        List<Tag> route = List.of(Tag.create("method", exchange.method()), Tag.create("route", exchange.route()));
        registry.getOrCreate(Timer.builder("shopping_http_request_duration")
                        .description("time from the request's arrival to its answer, per route")
                        .tags(route)
                        .buckets(BUCKETS))
                .record(exchange.nanos(), TimeUnit.NANOSECONDS);
        List<Tag> withStatus = new ArrayList<>(route);
        withStatus.add(Tag.create("status", String.valueOf(exchange.status())));
        registry.getOrCreate(Counter.builder("shopping_http_responses").description("answers per route and status")
                .tags(withStatus)).increment();
        if (exchange.route().equals(TOKEN_ROUTE) && exchange.method().equals("POST")) {
            String name = exchange.status() == 200 ? "shopping_tokens_issued" : "shopping_token_failures";
            registry.getOrCreate(Counter.builder(name).description(exchange.status() == 200
                    ? "access tokens issued" : "token requests refused (bad credentials, bad request, limits)"))
                    .increment();
        }
        if (exchange.replayed()) {
            registry.getOrCreate(Counter.builder("shopping_idempotent_replays")
                    .description("answers replayed for a repeated Idempotency-Key").tags(route)).increment();
        }
    }

    /** Takes this service's gauges out of the process-wide registry (they read its pool and database). */
    @Override
    public void close() {
        gauges.forEach(registry::remove);
    }
}
