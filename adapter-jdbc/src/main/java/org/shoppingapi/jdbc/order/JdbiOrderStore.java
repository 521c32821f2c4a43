package org.shoppingapi.jdbc.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.jdbc.ColumnValues;
import org.shoppingapi.jdbc.document.OrderDocuments;
import org.shoppingapi.jdbc.document.StoredDataException;
import org.shoppingapi.jdbc.EventRows;
import org.shoppingapi.jdbc.ListQuery;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.ports.out.OrderFilter;
import org.shoppingapi.ports.out.OrderStore;

/**
 * Orders in PostgreSQL: one row per order with the filter columns (status, payment status, store, customer, created
 * at) beside a JSONB document of content and payment operations, and the events as append-only rows of
 * {@code order_events}; one statement per load (the events aggregated into one column), one per write.
 */
public final class JdbiOrderStore implements OrderStore {

    private static final String UNIQUE_ORDER_ID = "orders_account_order_id_unique";
    private static final String SELECT = "SELECT o.id, o.account_id, o.order_id, o.status, o.version, o.created_at,"
            + " o.created_by, o.updated_at, o.closed_at, o.closed_by, o.cancelled_at, o.cancelled_by,"
            + " o.cancelled_reason, o.document, " + EventRows.aggregate("order_events", "order_uuid", "o")
            + " AS events FROM orders o";

    private final Jdbi jdbi;

    public JdbiOrderStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Order order) {
        try {
            jdbi.useHandle(h -> bindRow(h.createUpdate("""
                            WITH placed AS (
                                INSERT INTO orders (id, account_id, order_id, status, payment_status, store_id,
                                                    customer_id, currency, gross_amount, net_amount, total_discount,
                                                    version, created_at, created_by, updated_at, closed_at, closed_by,
                                                    cancelled_at, cancelled_by, cancelled_reason, document)
                                VALUES (:id, :account_id, :order_id, :status, :payment_status, :store_id, :customer_id,
                                        :currency, :gross, :net, :discount, :version,
                                        :created_at, :created_by, :updated_at, :closed_at, :closed_by, :cancelled_at,
                                        :cancelled_by, :cancelled_reason, CAST(:document AS jsonb))
                                RETURNING account_id, id)
                            """ + EventRows.insertFrom("placed", "order_events", "order_uuid")), order, 0)
                    .bind("order_id", order.orderId())
                    .bind("created_at", Rows.timestamp(order.audit().createdAt()))
                    .bind("created_by", order.audit().createdBy())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (Rows.violates(e, UNIQUE_ORDER_ID)) {
                throw ConflictException.duplicateOrderId(order.orderId());
            }
            throw e;
        }
    }

    @Override
    public Optional<Order> findById(String accountId, UUID id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE o.account_id = :owner AND o.id = :id")
                .bind("owner", accountId)
                .bind("id", id)
                .map(JdbiOrderStore::toOrder)
                .findOne());
    }

    @Override
    public Optional<Order> find(String accountId, String reference) {
        return findByReference(accountId, reference);
    }

    /**
     * Two statements: the lock first, then the read. One {@code SELECT … FOR UPDATE} would read the events with the
     * snapshot it started with, so after waiting for a concurrent writer it would see that writer's row but not
     * the event it appended; read after the lock is held, the events are as current as the row.
     */
    @Override
    public Optional<Order> findForUpdate(String accountId, String reference) {
        Optional<UUID> asId = Rows.uuid(reference);
        String sql = "SELECT id FROM orders WHERE account_id = :a AND "
                + (asId.isPresent() ? "(order_id = :ref OR id = :id) ORDER BY (order_id = :ref) DESC LIMIT 1"
                : "order_id = :ref")
                + " FOR UPDATE";
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql).bind("a", accountId).bind("ref", reference);
            asId.ifPresent(id -> query.bind("id", id));
            return query.mapTo(UUID.class).findOne();
        }).flatMap(locked -> findById(accountId, locked));
    }

    @Override
    public boolean orderIdExists(String accountId, String orderId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM orders WHERE account_id = :a AND order_id = :order_id)")
                .bind("a", accountId)
                .bind("order_id", orderId)
                .mapTo(Boolean.class)
                .one());
    }

    /** Writes the row and appends the events of the versions after {@code expectedVersion}, in one statement. */
    @Override
    public boolean update(Order order, long expectedVersion) {
        return jdbi.withHandle(h -> bindRow(h.createQuery("""
                        WITH placed AS (
                            UPDATE orders
                               SET status = :status, payment_status = :payment_status, store_id = :store_id,
                                   customer_id = :customer_id, currency = :currency, gross_amount = :gross,
                                   net_amount = :net, total_discount = :discount, version = :version,
                                   updated_at = :updated_at, closed_at = :closed_at, closed_by = :closed_by,
                                   cancelled_at = :cancelled_at, cancelled_by = :cancelled_by,
                                   cancelled_reason = :cancelled_reason, document = CAST(:document AS jsonb)
                             WHERE account_id = :account_id AND id = :id AND version = :expected
                            RETURNING account_id, id),
                        appended AS (""" + EventRows.insertFrom("placed", "order_events", "order_uuid") + """
                        )
                        SELECT count(*) FROM placed
                        """), order, expectedVersion + 1)
                .bind("expected", expectedVersion)
                .mapTo(Integer.class)
                .one()) == 1;
    }

    @Override
    public List<Order> list(OrderFilter filter) {
        ListQuery query = new ListQuery(filter.accountId());
        filter.status().ifPresent(s -> query.where("status = :status").bind("status", ColumnValues.of(s)));
        filter.paymentStatus().ifPresent(s -> query.where("payment_status = :payment_status")
                .bind("payment_status", ColumnValues.of(s)));
        filter.storeId().ifPresent(s -> query.where("store_id = :store_id").bind("store_id", s));
        filter.customerId().ifPresent(c -> query.where("customer_id = :customer_id").bind("customer_id", c));
        query.createdWithin(filter.createdFrom(), filter.createdTo()).after(filter.startingAfter());
        return jdbi.withHandle(h -> query.bindTo(h.createQuery(query.sql(SELECT, filter.limit())))
                .map(JdbiOrderStore::toOrder)
                .list());
    }

    /** The order_id match wins over an id match, so a custom order_id can never be shadowed by another's UUID. */
    private Optional<Order> findByReference(String accountId, String reference) {
        Optional<UUID> asId = Rows.uuid(reference);
        String sql = SELECT + " WHERE o.account_id = :owner AND "
                + (asId.isPresent() ? "(o.order_id = :ref OR o.id = :id) ORDER BY (o.order_id = :ref) DESC LIMIT 1"
                : "o.order_id = :ref");
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql).bind("owner", accountId).bind("ref", reference);
            asId.ifPresent(id -> query.bind("id", id));
            return query.map(JdbiOrderStore::toOrder).findOne();
        });
    }

    /** Binds the row's columns and the events from position {@code firstNewEvent} on, which are not stored yet. */
    private static <S extends SqlStatement<S>> S bindRow(S statement, Order order, long firstNewEvent) {
        OrderContent content = order.content();
        List<OrderEvent> appended = EventRows.after(order.events(), order.version(), firstNewEvent,
                "order " + order.id());
        return statement
                .bind("id", order.id())
                .bind("account_id", order.accountId())
                .bind("status", ColumnValues.of(order.status()))
                .bind("payment_status", ColumnValues.of(order.paymentStatus()))
                .bind("store_id", content.store() == null ? null : content.store().id())
                .bind("customer_id", content.customerId())
                .bind("currency", content.currency())
                .bind("gross", content.totals().grossAmount())
                .bind("net", content.totals().netAmount())
                .bind("discount", content.totals().totalDiscount())
                .bind("version", order.version())
                .bind("updated_at", Rows.timestamp(order.audit().updatedAt()))
                .bind("closed_at", Rows.timestamp(order.closedAt()))
                .bind("closed_by", order.closedBy())
                .bind("cancelled_at", Rows.timestamp(order.cancelledAt()))
                .bind("cancelled_by", order.cancelledBy())
                .bind("cancelled_reason", order.cancelledReason())
                .bind("document", OrderDocuments.write(order))
                .bind("first_sequence", (int) firstNewEvent)
                .bind("events", OrderDocuments.writeEvents(appended));
    }

    static Order toOrder(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String accountId = rs.getString("account_id");
        String row = "orders row (" + accountId + ", " + id + ")";
        OrderDocuments.Parts doc = OrderDocuments.read(rs.getString("document"), rs.getString("events"), row);
        Audit audit = new Audit(Rows.instant(rs, "created_at"), rs.getString("created_by"),
                Rows.instant(rs, "updated_at"), null, null);
        try {
            return Order.restore(id, accountId, rs.getString("order_id"),
                    doc.content(), ColumnValues.orderStatus(rs.getString("status")), rs.getLong("version"),
                    doc.events(), doc.paymentOperations(), audit, Rows.instant(rs, "closed_at"),
                    rs.getString("closed_by"), Rows.instant(rs, "cancelled_at"), rs.getString("cancelled_by"),
                    rs.getString("cancelled_reason"));
        } catch (IllegalArgumentException e) {
            throw new StoredDataException(row, e.getMessage(), e);
        }
    }
}
