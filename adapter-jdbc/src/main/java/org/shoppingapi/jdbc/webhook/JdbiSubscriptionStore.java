package org.shoppingapi.jdbc.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.jdbc.ColumnValues;
import org.shoppingapi.jdbc.ListQuery;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;
import org.shoppingapi.ports.paging.PageCursor;

/** Webhook subscriptions in PostgreSQL, one row each; the event types as a text array. */
public final class JdbiSubscriptionStore implements SubscriptionStore {

    private static final String COLUMNS =
            "id, account_id, url, content_type, secret, events, created_at, created_by, updated_at, deleted_at, deleted_by";

    private final Jdbi jdbi;

    public JdbiSubscriptionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Subscription s) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO webhook_subscriptions (id, account_id, url, content_type, secret, events,
                                                           created_at, created_by, updated_at, deleted_at, deleted_by)
                        VALUES (:id, :account_id, :url, :content_type, :secret, :events,
                                :created_at, :created_by, :updated_at, :deleted_at, :deleted_by)
                        """)
                .bind("id", s.id())
                .bind("account_id", s.accountId())
                .bind("url", s.url())
                .bind("content_type", s.contentType())
                .bind("secret", s.secret())
                .bind("events", s.eventsInOrder().stream().map(ColumnValues::of).toArray(String[]::new))
                .bind("created_at", Rows.timestamp(s.audit().createdAt()))
                .bind("created_by", s.audit().createdBy())
                .bind("updated_at", Rows.timestamp(s.audit().updatedAt()))
                .bind("deleted_at", Rows.timestamp(s.audit().deletedAt()))
                .bind("deleted_by", s.audit().deletedBy())
                .execute());
    }

    @Override
    public int lockAndCountLive(String accountId) {
        return jdbi.withHandle(h -> {
            // A transaction-scoped advisory lock per account: creates of one account count and insert in turn.
            h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('webhook_subscriptions:' || :a, 0))")
                    .bind("a", accountId).mapTo(Integer.class).one();
            return h.createQuery("SELECT count(*) FROM webhook_subscriptions WHERE account_id = :a"
                            + " AND deleted_at IS NULL")
                    .bind("a", accountId).mapTo(Integer.class).one();
        });
    }

    @Override
    public Optional<Subscription> find(String accountId, UUID id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE account_id = :a AND id = :id")
                .bind("a", accountId)
                .bind("id", id)
                .map(JdbiSubscriptionStore::toSubscription)
                .findOne());
    }

    @Override
    public List<Subscription> list(String accountId, int limit, Optional<PageCursor> startingAfter) {
        ListQuery query = new ListQuery(accountId).where("deleted_at IS NULL").after(startingAfter);
        return jdbi.withHandle(h -> query.bindTo(h.createQuery(query.sql("SELECT " + COLUMNS
                        + " FROM webhook_subscriptions", limit)))
                .map(JdbiSubscriptionStore::toSubscription)
                .list());
    }

    @Override
    public void markDeleted(Subscription deleted) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE webhook_subscriptions SET updated_at = :updated_at, deleted_at = :deleted_at,
                                                         deleted_by = :deleted_by
                        WHERE account_id = :a AND id = :id
                        """)
                .bind("a", deleted.accountId())
                .bind("id", deleted.id())
                .bind("updated_at", Rows.timestamp(deleted.audit().updatedAt()))
                .bind("deleted_at", Rows.timestamp(deleted.audit().deletedAt()))
                .bind("deleted_by", deleted.audit().deletedBy())
                .execute());
    }

    static Subscription toSubscription(ResultSet rs, StatementContext ctx) throws SQLException {
        Set<EventType> events = Arrays.stream((String[]) rs.getArray("events").getArray())
                .map(ColumnValues::eventType)
                .collect(Collectors.toSet());
        Audit audit = new Audit(Rows.instantInMillis(rs, "created_at"), rs.getString("created_by"),
                Rows.instantInMillis(rs, "updated_at"), Rows.instantInMillis(rs, "deleted_at"),
                rs.getString("deleted_by"));
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("account_id"), rs.getString("url"),
                rs.getString("content_type"), rs.getString("secret"), events, audit);
    }
}
