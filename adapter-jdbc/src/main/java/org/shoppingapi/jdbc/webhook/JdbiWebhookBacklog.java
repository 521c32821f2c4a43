package org.shoppingapi.jdbc.webhook;

import org.jdbi.v3.core.Jdbi;

/** How far webhook delivery lags, for the metrics: pending and failed deliveries, and the oldest pending one's age. */
public final class JdbiWebhookBacklog {

    /** One reading; {@code oldestPendingSeconds} is 0 when nothing is pending. */
    public record Backlog(long pending, long failed, double oldestPendingSeconds) {
    }

    private final Jdbi jdbi;

    public JdbiWebhookBacklog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One statement over the two partial indexes of V14 (pending by age, failed). */
    public Backlog read() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM webhook_deliveries WHERE status = 'pending') AS pending,
                               (SELECT count(*) FROM webhook_deliveries WHERE status = 'failed') AS failed,
                               coalesce(extract(epoch FROM now() - (SELECT min(created_at) FROM webhook_deliveries
                                                                    WHERE status = 'pending')), 0) AS oldest
                        """)
                .map((rs, ctx) -> new Backlog(rs.getLong("pending"), rs.getLong("failed"),
                        Math.max(0, rs.getDouble("oldest"))))
                .one());
    }
}
