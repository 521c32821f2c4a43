package org.shoppingapi.jdbc.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.jdbc.ColumnValues;
import org.shoppingapi.jdbc.ListQuery;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.ports.out.webhook.DeliveryLog;
import org.shoppingapi.ports.out.webhook.DeliveryQueue;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * The delivery rows as a work queue shared by every instance on the database, and as the log. Claiming is one
 * statement: {@code FOR UPDATE SKIP LOCKED} keeps concurrent dispatchers off each other's rows while it runs, and
 * the lease it writes ({@code next_attempt_at} moved to the lease's end) keeps them off afterwards, without a
 * transaction or a connection held open during the HTTP call. All times are the database's, so instances whose
 * clocks disagree still agree on what is due.
 */
public final class JdbiDeliveryStore implements DeliveryQueue, DeliveryLog {

    private static final int MAX_ERROR_LENGTH = 500;
    private static final String LOG_COLUMNS = """
            d.id, d.subscription_id, d.event_id, e.event, d.status, d.attempts, d.last_response_code, d.last_error,
            d.last_attempt_at, d.next_attempt_at, d.delivered_at, d.created_at""";

    private static final String FROM_LOG = " FROM webhook_deliveries d JOIN webhook_events e"
            + " ON e.account_id = d.account_id AND e.id = d.event_id";

    /** Deliveries of one account in flight at once when not configured (WEBHOOKS_ACCOUNT_CONCURRENCY). */
    public static final int DEFAULT_PER_ACCOUNT = 4;

    private final Jdbi jdbi;
    private final int perAccount;

    public JdbiDeliveryStore(Jdbi jdbi) {
        this(jdbi, DEFAULT_PER_ACCOUNT);
    }

    /** {@code perAccount}: the most deliveries of one account in flight at once, over all instances. */
    public JdbiDeliveryStore(Jdbi jdbi, int perAccount) {
        if (perAccount < 1) {
            throw new IllegalArgumentException("at least one delivery per account must be allowed in flight");
        }
        this.jdbi = jdbi;
        this.perAccount = perAccount;
    }

    /**
     * Fair across accounts (SPEC §6): an account has at most {@code perAccount} deliveries in flight (claimed, lease
     * running) on all instances together, and a claim takes the accounts' oldest due rows round-robin (every account's
     * first, then every account's second...), so one account's hanging receivers or backlog never hold back another's.
     */
    @Override
    public List<ClaimedDelivery> claimDue(int max, Duration lease) {
        UUID claim = UUID.randomUUID();
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH in_flight AS (
                            SELECT account_id, count(*) AS n
                            FROM webhook_deliveries
                            WHERE status = 'pending' AND claim IS NOT NULL AND next_attempt_at > now()
                            GROUP BY account_id),
                        ranked AS (
                            SELECT account_id, id, next_attempt_at,
                                   row_number() OVER (PARTITION BY account_id ORDER BY next_attempt_at, id) AS turn
                            FROM webhook_deliveries
                            WHERE status = 'pending' AND next_attempt_at <= now()),
                        due AS (
                            SELECT d.account_id, d.id FROM webhook_deliveries d
                            JOIN ranked r ON r.account_id = d.account_id AND r.id = d.id
                            LEFT JOIN in_flight f ON f.account_id = r.account_id
                            WHERE r.turn <= :per_account - coalesce(f.n, 0)
                              AND d.status = 'pending' AND d.next_attempt_at <= now()
                            ORDER BY r.turn, r.next_attempt_at
                            LIMIT :max
                            FOR UPDATE OF d SKIP LOCKED)
                        UPDATE webhook_deliveries d
                        SET attempts = d.attempts + 1, claim = :claim, last_attempt_at = now(),
                            next_attempt_at = now() + :lease_ms * interval '1 millisecond'
                        FROM due, webhook_events e, webhook_subscriptions s
                        WHERE d.account_id = due.account_id AND d.id = due.id
                          AND e.account_id = d.account_id AND e.id = d.event_id
                          AND s.account_id = d.account_id AND s.id = d.subscription_id
                        RETURNING d.id, d.claim, d.attempts, e.account_id, e.event, e.payload, s.url, s.secret, e.request_id
                        """)
                .bind("max", max)
                .bind("per_account", perAccount)
                .bind("claim", claim)
                .bind("lease_ms", lease.toMillis())
                .map((rs, ctx) -> new ClaimedDelivery(rs.getObject("id", UUID.class), rs.getObject("claim", UUID.class),
                        rs.getString("account_id"), eventType(rs.getString("event")), rs.getString("payload"),
                        rs.getString("url"), rs.getString("secret"), rs.getInt("attempts"),
                        rs.getString("request_id")))
                .list());
    }

    @Override
    public void delivered(ClaimedDelivery delivery, AttemptResult result) {
        finish(delivery, result, "status = 'delivered', delivered_at = now(), next_attempt_at = NULL", Duration.ZERO);
    }

    @Override
    public void retryLater(ClaimedDelivery delivery, AttemptResult result, Duration delay) {
        finish(delivery, result, "next_attempt_at = now() + :delay_ms * interval '1 millisecond'", delay);
    }

    @Override
    public void failed(ClaimedDelivery delivery, AttemptResult result) {
        finish(delivery, result, "status = 'failed', next_attempt_at = NULL", Duration.ZERO);
    }

    /** Records an attempt's outcome, only while the claim is still this attempt's (see the class comment). */
    private void finish(ClaimedDelivery delivery, AttemptResult result, String change, Duration delay) {
        jdbi.useHandle(h -> {
            var update = h.createUpdate("UPDATE webhook_deliveries SET " + change + """
                            , claim = NULL, last_response_code = :code, last_error = :error
                            WHERE account_id = :a AND id = :id AND claim = :claim AND status = 'pending'
                            """)
                    .bind("a", delivery.accountId())
                    .bind("id", delivery.id())
                    .bind("claim", delivery.claim())
                    .bind("code", result.statusCode())
                    .bind("error", truncate(result.error()));
            if (change.contains(":delay_ms")) {
                update.bind("delay_ms", delay.toMillis());
            }
            update.execute();
        });
    }

    @Override
    public Optional<Delivery> find(String accountId, UUID subscriptionId, UUID deliveryId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + LOG_COLUMNS + FROM_LOG
                        + " WHERE d.account_id = :a AND d.subscription_id = :s AND d.id = :id")
                .bind("a", accountId)
                .bind("s", subscriptionId)
                .bind("id", deliveryId)
                .map(JdbiDeliveryStore::toDelivery)
                .findOne());
    }

    @Override
    public List<Delivery> list(String accountId, UUID subscriptionId, int limit, Optional<PageCursor> startingAfter) {
        ListQuery query = new ListQuery("d.", "account_id", accountId)
                .where("d.subscription_id = :subscription").bind("subscription", subscriptionId)
                .after(startingAfter);
        return jdbi.withHandle(h -> query.bindTo(h.createQuery(query.sql("SELECT " + LOG_COLUMNS + FROM_LOG, limit)))
                .map(JdbiDeliveryStore::toDelivery)
                .list());
    }

    @Override
    public void cancelPending(String accountId, UUID subscriptionId) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE webhook_deliveries SET status = 'cancelled', next_attempt_at = NULL, claim = NULL
                        WHERE account_id = :a AND subscription_id = :s AND status = 'pending'
                        """)
                .bind("a", accountId)
                .bind("s", subscriptionId)
                .execute());
    }

    static Delivery toDelivery(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
                rs.getObject("event_id", UUID.class), eventType(rs.getString("event")),
                ColumnValues.deliveryStatus(rs.getString("status")), rs.getInt("attempts"),
                rs.getObject("last_response_code", Integer.class), rs.getString("last_error"),
                Rows.instantInMillis(rs, "last_attempt_at"), Rows.instantInMillis(rs, "next_attempt_at"),
                Rows.instantInMillis(rs, "delivered_at"), Rows.instantInMillis(rs, "created_at"));
    }

    private static EventType eventType(String name) {
        return ColumnValues.eventType(name);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
