package org.shoppingapi.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * The shape every newest-first list shares: one owner (an account, or a subscription for its delivery log),
 * optional conditions, a {@code created_at} range, the keyset cursor {@code (created_at, id) < cursor} and
 * {@code ORDER BY created_at DESC, id DESC LIMIT n}, which the {@code (owner, [filter,] created_at DESC, id DESC)}
 * indexes serve without sorting.
 */
public final class ListQuery {

    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    /** The rows of one account. */
    public ListQuery(String accountId) {
        this("", "account_id", accountId);
    }

    /** The rows whose {@code ownerColumn} is {@code owner}; {@code alias} ("d.") qualifies the columns of a join. */
    public ListQuery(String alias, String ownerColumn, Object owner) {
        this.alias = alias;
        where(alias + ownerColumn + " = :owner").bind("owner", owner);
    }

    /** Adds a condition; its parameters are bound with {@link #bind}. Conditions are fixed SQL, never input. */
    public ListQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    public ListQuery bind(String name, Object value) {
        binds.put(name, value);
        return this;
    }

    public ListQuery createdWithin(Optional<Instant> from, Optional<Instant> to) {
        from.ifPresent(f -> where(alias + "created_at >= :created_from").bind("created_from", Rows.timestamp(f)));
        to.ifPresent(t -> where(alias + "created_at <= :created_to").bind("created_to", Rows.timestamp(t)));
        return this;
    }

    public ListQuery after(Optional<PageCursor> cursor) {
        cursor.ifPresent(c -> where("(" + alias + "created_at, " + alias + "id) < (:cursor_at, :cursor_id)")
                .bind("cursor_at", Rows.timestamp(c.createdAt()))
                .bind("cursor_id", c.id()));
        return this;
    }

    /** {@code select} followed by the conditions, the newest-first order and the limit. */
    public String sql(String select, int limit) {
        return select + " WHERE " + String.join(" AND ", conditions)
                + " ORDER BY " + alias + "created_at DESC, " + alias + "id DESC LIMIT " + limit;
    }

    public Query bindTo(Query query) {
        binds.forEach(query::bind);
        return query;
    }
}
