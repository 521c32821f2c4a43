package org.shoppingapi.jdbc.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.jdbc.document.DraftDocuments;
import org.shoppingapi.jdbc.ListQuery;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.ports.out.DraftFilter;
import org.shoppingapi.ports.out.DraftStore;

/**
 * Drafts in PostgreSQL: one row per draft, its content (items with their tax and discount lines, options, events) a
 * JSONB document, so a draft of any size loads in one statement.
 */
public final class JdbiDraftStore implements DraftStore {

    private static final String COLUMNS =
            "id, account_id, status, version, created_at, created_by, updated_at, deleted_at, deleted_by, document";

    private final Jdbi jdbi;

    public JdbiDraftStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Draft draft) {
        jdbi.useHandle(h -> bindRow(h.createUpdate("""
                        INSERT INTO draft_orders (id, account_id, status, version, currency, gross_amount, net_amount,
                                                  created_at, created_by, updated_at, deleted_at, deleted_by, document)
                        VALUES (:id, :account_id, :status, :version, :currency, :gross, :net,
                                :created_at, :created_by, :updated_at, :deleted_at, :deleted_by, CAST(:document AS jsonb))
                        """), draft)
                .bind("created_at", Rows.timestamp(draft.audit().createdAt()))
                .bind("created_by", draft.audit().createdBy())
                .execute());
    }

    @Override
    public Optional<Draft> find(String accountId, UUID id) {
        return findOne(accountId, id, "");
    }

    @Override
    public Optional<Draft> findForUpdate(String accountId, UUID id) {
        return findOne(accountId, id, " FOR UPDATE");
    }

    @Override
    public boolean update(Draft draft, long expectedVersion) {
        return jdbi.withHandle(h -> bindRow(h.createUpdate("""
                        UPDATE draft_orders
                           SET status = :status, version = :version, currency = :currency, gross_amount = :gross,
                               net_amount = :net, updated_at = :updated_at, deleted_at = :deleted_at,
                               deleted_by = :deleted_by, document = CAST(:document AS jsonb)
                         WHERE account_id = :account_id AND id = :id AND version = :expected
                        """), draft)
                .bind("expected", expectedVersion)
                .execute()) == 1;
    }

    @Override
    public List<Draft> list(DraftFilter filter) {
        ListQuery query = new ListQuery(filter.accountId());
        if (filter.status().isPresent()) {
            query.where("status = :status").bind("status", filter.status().get().wireName());
        } else {
            // A deleted draft is gone for a client that does not ask for deleted ones.
            query.where("status <> 'deleted'");
        }
        query.createdWithin(filter.createdFrom(), filter.createdTo()).after(filter.startingAfter());
        return jdbi.withHandle(h -> query.bindTo(h.createQuery(query.sql("SELECT " + COLUMNS + " FROM draft_orders",
                        filter.limit())))
                .map(JdbiDraftStore::toDraft)
                .list());
    }

    private Optional<Draft> findOne(String accountId, UUID id, String lock) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM draft_orders WHERE account_id = :a AND id = :id" + lock)
                .bind("a", accountId)
                .bind("id", id)
                .map(JdbiDraftStore::toDraft)
                .findOne());
    }

    private static Update bindRow(Update update, Draft draft) {
        return update
                .bind("id", draft.id())
                .bind("account_id", draft.accountId())
                .bind("status", draft.status().wireName())
                .bind("version", draft.version())
                .bind("currency", draft.order().currency())
                .bind("gross", draft.order().totals().grossAmount())
                .bind("net", draft.order().totals().netAmount())
                .bind("updated_at", Rows.timestamp(draft.audit().updatedAt()))
                .bind("deleted_at", Rows.timestamp(draft.audit().deletedAt()))
                .bind("deleted_by", draft.audit().deletedBy())
                .bind("document", DraftDocuments.write(draft));
    }

    static Draft toDraft(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String accountId = rs.getString("account_id");
        DraftDocuments.Parts doc = DraftDocuments.read(rs.getString("document"),
                "draft_orders row (" + accountId + ", " + id + ")");
        Audit audit = new Audit(Rows.instant(rs, "created_at"), rs.getString("created_by"),
                Rows.instant(rs, "updated_at"), Rows.instant(rs, "deleted_at"), rs.getString("deleted_by"));
        return new Draft(id, accountId,
                DraftStatus.fromWire(rs.getString("status")), rs.getLong("version"),
                doc.order(), doc.options(), doc.events(), audit);
    }
}
