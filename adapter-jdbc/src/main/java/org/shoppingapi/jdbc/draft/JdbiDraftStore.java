package org.shoppingapi.jdbc.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.jdbc.ColumnValues;
import org.shoppingapi.jdbc.EventRows;
import org.shoppingapi.jdbc.ListQuery;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.jdbc.document.DraftDocuments;
import org.shoppingapi.jdbc.document.StoredDataException;
import org.shoppingapi.ports.out.DraftFilter;
import org.shoppingapi.ports.out.DraftStore;

/**
 * Drafts in PostgreSQL: one row per draft, its content (items with their tax and discount lines, options) a JSONB
 * document, and its events append-only rows of {@code draft_events}. Every read is one statement (the events come
 * along as one aggregated column), every write one statement (the row and the new events together).
 */
public final class JdbiDraftStore implements DraftStore {

    private static final String SELECT = "SELECT d.id, d.account_id, d.status, d.version, d.created_at, d.created_by,"
            + " d.updated_at, d.deleted_at, d.deleted_by, d.document, " + EventRows.aggregate("draft_events", "draft_id",
            "d") + " AS events FROM draft_orders d";

    private final Jdbi jdbi;

    public JdbiDraftStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Draft draft) {
        jdbi.useHandle(h -> bindRow(h.createUpdate("""
                        WITH draft AS (
                            INSERT INTO draft_orders (id, account_id, status, version, currency, gross_amount, net_amount,
                                                      created_at, created_by, updated_at, deleted_at, deleted_by, document)
                            VALUES (:id, :account_id, :status, :version, :currency, :gross, :net,
                                    :created_at, :created_by, :updated_at, :deleted_at, :deleted_by,
                                    CAST(:document AS jsonb))
                            RETURNING account_id, id)
                        """ + EventRows.insertFrom("draft", "draft_events", "draft_id")), draft, 0)
                .bind("created_at", Rows.timestamp(draft.audit().createdAt()))
                .bind("created_by", draft.audit().createdBy())
                .execute());
    }

    @Override
    public Optional<Draft> find(String accountId, UUID id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE d.account_id = :owner AND d.id = :id")
                .bind("owner", accountId)
                .bind("id", id)
                .map(JdbiDraftStore::toDraft)
                .findOne());
    }

    /**
     * Two statements: the lock first, then the read. One {@code SELECT … FOR UPDATE} would read the events with the
     * snapshot it started with, so after waiting for a concurrent writer it would see that writer's row but not
     * the event it appended; read after the lock is held, the events are as current as the row.
     */
    @Override
    public Optional<Draft> findForUpdate(String accountId, UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM draft_orders WHERE account_id = :a AND id = :id"
                        + " FOR UPDATE")
                .bind("a", accountId)
                .bind("id", id)
                .mapTo(UUID.class)
                .findOne()
                .flatMap(locked -> find(accountId, locked)));
    }

    /** Writes the row and appends the events of the versions after {@code expectedVersion}, in one statement. */
    @Override
    public boolean update(Draft draft, long expectedVersion) {
        return jdbi.withHandle(h -> bindRow(h.createQuery("""
                        WITH draft AS (
                            UPDATE draft_orders
                               SET status = :status, version = :version, currency = :currency, gross_amount = :gross,
                                   net_amount = :net, updated_at = :updated_at, deleted_at = :deleted_at,
                                   deleted_by = :deleted_by, document = CAST(:document AS jsonb)
                             WHERE account_id = :account_id AND id = :id AND version = :expected
                            RETURNING account_id, id),
                        appended AS (""" + EventRows.insertFrom("draft", "draft_events", "draft_id") + """
                        )
                        SELECT count(*) FROM draft
                        """), draft, expectedVersion + 1)
                .bind("expected", expectedVersion)
                .mapTo(Integer.class)
                .one()) == 1;
    }

    @Override
    public List<Draft> list(DraftFilter filter) {
        ListQuery query = new ListQuery(filter.accountId());
        if (filter.status().isPresent()) {
            query.where("status = :status").bind("status", ColumnValues.of(filter.status().get()));
        } else {
            // A deleted draft is gone for a client that does not ask for deleted ones.
            query.where("status <> 'deleted'");
        }
        query.createdWithin(filter.createdFrom(), filter.createdTo()).after(filter.startingAfter());
        return jdbi.withHandle(h -> query.bindTo(h.createQuery(query.sql(SELECT, filter.limit())))
                .map(JdbiDraftStore::toDraft)
                .list());
    }

    /** Binds the row's columns and the events from position {@code firstNewEvent} on, which are not stored yet. */
    private static <S extends SqlStatement<S>> S bindRow(S statement, Draft draft, long firstNewEvent) {
        List<ApiEvent> appended = EventRows.after(draft.events(), draft.version(), firstNewEvent,
                "draft " + draft.id());
        return statement
                .bind("id", draft.id())
                .bind("account_id", draft.accountId())
                .bind("status", ColumnValues.of(draft.status()))
                .bind("version", draft.version())
                .bind("currency", draft.order().currency())
                .bind("gross", draft.order().totals().grossAmount())
                .bind("net", draft.order().totals().netAmount())
                .bind("updated_at", Rows.timestamp(draft.audit().updatedAt()))
                .bind("deleted_at", Rows.timestamp(draft.audit().deletedAt()))
                .bind("deleted_by", draft.audit().deletedBy())
                .bind("document", DraftDocuments.write(draft))
                .bind("first_sequence", (int) firstNewEvent)
                .bind("events", DraftDocuments.writeEvents(appended));
    }

    static Draft toDraft(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String accountId = rs.getString("account_id");
        String row = "draft_orders row (" + accountId + ", " + id + ")";
        DraftDocuments.Parts doc = DraftDocuments.read(rs.getString("document"), rs.getString("events"), row);
        Audit audit = new Audit(Rows.instant(rs, "created_at"), rs.getString("created_by"),
                Rows.instant(rs, "updated_at"), Rows.instant(rs, "deleted_at"), rs.getString("deleted_by"));
        try {
            return Draft.restore(id, accountId, ColumnValues.draftStatus(rs.getString("status")),
                    rs.getLong("version"), doc.order(), doc.options(), doc.events(), audit);
        } catch (IllegalArgumentException e) {
            throw new StoredDataException(row, e.getMessage(), e);
        }
    }
}
