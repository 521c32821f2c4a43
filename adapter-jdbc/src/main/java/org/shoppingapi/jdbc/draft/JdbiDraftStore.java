package org.shoppingapi.jdbc.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.jdbc.DocumentJson;
import org.shoppingapi.ports.out.DraftStore;

/** Drafts in PostgreSQL: one row per draft, its content a JSONB document (one statement per load). */
public final class JdbiDraftStore implements DraftStore {

    /** The JSONB document: everything of a draft that no query filters on. */
    record DraftDocument(OrderContent order, DraftOptions options, List<ApiEvent> events) {
    }

    private static final String COLUMNS =
            "id, account_id, status, version, created_at, created_by, updated_at, deleted_at, deleted_by, document";

    private final Jdbi jdbi;

    public JdbiDraftStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Draft draft) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO draft_orders (id, account_id, status, version, currency, gross_amount, net_amount,
                                                  created_at, created_by, updated_at, deleted_at, deleted_by, document)
                        VALUES (:id, :account_id, :status, :version, :currency, :gross, :net,
                                :created_at, :created_by, :updated_at, :deleted_at, :deleted_by, CAST(:document AS jsonb))
                        """)
                .bind("id", draft.id())
                .bind("account_id", draft.accountId())
                .bind("status", draft.status().wireName())
                .bind("version", draft.version())
                .bind("currency", draft.order().currency())
                .bind("gross", draft.order().totals().grossAmount())
                .bind("net", draft.order().totals().netAmount())
                .bind("created_at", timestamp(draft.audit().createdAt()))
                .bind("created_by", draft.audit().createdBy())
                .bind("updated_at", timestamp(draft.audit().updatedAt()))
                .bind("deleted_at", timestamp(draft.audit().deletedAt()))
                .bind("deleted_by", draft.audit().deletedBy())
                .bind("document", DocumentJson.write(new DraftDocument(draft.order(), draft.options(), draft.events())))
                .execute());
    }

    @Override
    public Optional<Draft> find(String accountId, UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM draft_orders WHERE account_id = :a AND id = :id")
                .bind("a", accountId)
                .bind("id", id)
                .map(JdbiDraftStore::toDraft)
                .findOne());
    }

    static Draft toDraft(ResultSet rs, StatementContext ctx) throws SQLException {
        DraftDocument doc = DocumentJson.read(rs.getString("document"), DraftDocument.class);
        Audit audit = new Audit(instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
                instant(rs, "deleted_at"), rs.getString("deleted_by"));
        return new Draft(rs.getObject("id", UUID.class), rs.getString("account_id"),
                DraftStatus.fromWire(rs.getString("status")), rs.getLong("version"),
                doc.order(), doc.options(), doc.events(), audit);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
