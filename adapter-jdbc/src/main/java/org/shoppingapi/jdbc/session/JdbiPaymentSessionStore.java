package org.shoppingapi.jdbc.session;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.domain.order.SessionUrls;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.ports.out.PaymentSessionStore;

/**
 * Payment sessions in PostgreSQL, one row each beside its order: the lines as two parallel arrays (line id, amount),
 * the addresses as columns and the client's metadata as JSONB. Listing an order's sessions is one statement.
 */
public final class JdbiPaymentSessionStore implements PaymentSessionStore {

    private static final String COLUMNS = "id, url, amount, currency, line_ids, line_amounts, profile_id, return_url, "
            + "callback_url, merchant_terms_url, metadata, created_at, created_by";
    private final Jdbi jdbi;

    public JdbiPaymentSessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(String accountId, UUID orderId, PaymentSession session) {
        int[] lines = session.items().stream().mapToInt(PaymentItem::lineId).toArray();
        long[] amounts = session.items().stream().mapToLong(PaymentItem::amount).toArray();
        SessionUrls urls = session.urls();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO payment_sessions (account_id, order_uuid, id, url, amount, currency, line_ids,
                                                      line_amounts, profile_id, return_url, callback_url,
                                                      merchant_terms_url, metadata, created_at, created_by)
                        VALUES (:account_id, :order_uuid, :id, :url, :amount, :currency, :line_ids, :line_amounts,
                                :profile_id, :return_url, :callback_url, :merchant_terms_url,
                                CAST(:metadata AS jsonb), :created_at, :created_by)""")
                .bind("account_id", accountId)
                .bind("order_uuid", orderId)
                .bind("id", session.id())
                .bind("url", session.url())
                .bind("amount", session.amount())
                .bind("currency", session.currency())
                .bind("line_ids", lines)
                .bind("line_amounts", amounts)
                .bind("profile_id", session.profileId())
                .bind("return_url", urls.returnUrl())
                .bind("callback_url", urls.callbackUrl())
                .bind("merchant_terms_url", urls.merchantTermsUrl())
                .bind("metadata", MetadataJson.write(session.metadata()))
                .bind("created_at", Rows.timestamp(session.createdAt()))
                .bind("created_by", session.createdBy())
                .execute());
    }

    @Override
    public List<PaymentSession> list(String accountId, UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM payment_sessions WHERE account_id = :a AND order_uuid = :o ORDER BY seq")
                .bind("a", accountId)
                .bind("o", orderId)
                .map(JdbiPaymentSessionStore::toSession)
                .list());
    }

    @Override
    public Optional<PaymentSession> find(String accountId, UUID orderId, String sessionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM payment_sessions WHERE account_id = :a AND order_uuid = :o AND id = :id")
                .bind("a", accountId)
                .bind("o", orderId)
                .bind("id", sessionId)
                .map(JdbiPaymentSessionStore::toSession)
                .findOne());
    }

    private static PaymentSession toSession(ResultSet rs, StatementContext ctx) throws SQLException {
        Integer[] lines = (Integer[]) array(rs.getArray("line_ids"));
        Long[] amounts = (Long[]) array(rs.getArray("line_amounts"));
        List<PaymentItem> items = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            items.add(new PaymentItem(lines[i], amounts[i]));
        }
        return new PaymentSession(rs.getString("id"), rs.getString("url"), rs.getLong("amount"),
                rs.getString("currency"), items, rs.getString("profile_id"),
                new SessionUrls(rs.getString("return_url"), rs.getString("callback_url"),
                        rs.getString("merchant_terms_url")),
                MetadataJson.read(rs.getString("metadata")), Rows.instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private static Object array(Array array) throws SQLException {
        try {
            return array.getArray();
        } finally {
            array.free();
        }
    }
}
