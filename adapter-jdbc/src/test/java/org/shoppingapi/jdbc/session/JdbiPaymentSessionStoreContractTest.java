package org.shoppingapi.jdbc.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.domain.order.SessionUrls;
import org.shoppingapi.jdbc.testing.MigratedDatabase;

/**
 * The {@code PaymentSessionStore} contract against PostgreSQL: every field reads back as written (metadata decimals
 * exactly), an order's sessions come oldest first, and another account's or order's are never found.
 */
class JdbiPaymentSessionStoreContractTest {

    static final Instant T0 = Instant.parse("2026-07-01T12:00:00.123Z");
    static MigratedDatabase db;
    static JdbiPaymentSessionStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiPaymentSessionStoreContractTest.class, 2);
        store = new JdbiPaymentSessionStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static PaymentSession session(String id, Instant at, Map<String, Object> metadata) {
        return new PaymentSession(id, "https://pay.example.com/" + id, 12000, "NOK",
                List.of(new PaymentItem(1, 10000), new PaymentItem(2, 2000)), "P-1",
                new SessionUrls("https://shop.example.com/back", "https://shop.example.com/cb", null), metadata, at,
                "client-1");
    }

    @Test
    void a_session_reads_back_as_written_and_only_under_its_account_and_order() {
        UUID order = UUID.randomUUID();
        PaymentSession written = session("T1.s-1", T0, Map.of("rate", new BigDecimal("1.10"),
                "nested", Map.of("list", List.of(1, "two"))));
        store.insert("T12345678", order, written);

        assertThat(store.find("T12345678", order, "T1.s-1")).contains(written);
        assertThat(store.find("T12345678", order, "T1.s-1").orElseThrow().metadata().get("rate"))
                .isEqualTo(new BigDecimal("1.10"));
        assertThat(store.find("T99999999", order, "T1.s-1")).as("another account").isEmpty();
        assertThat(store.find("T12345678", UUID.randomUUID(), "T1.s-1")).as("another order").isEmpty();
        assertThat(store.list("T99999999", order)).isEmpty();
    }

    @Test
    void an_orders_sessions_are_listed_oldest_first_in_one_statement() {
        UUID order = UUID.randomUUID();
        PaymentSession first = session("b-first", T0, Map.of());
        PaymentSession second = session("a-second", T0, Map.of());
        PaymentSession third = session("c-third", T0.plusSeconds(1), Map.of());
        store.insert("T12345678", order, first);
        store.insert("T12345678", order, second);
        store.insert("T12345678", order, third);
        store.insert("T12345678", UUID.randomUUID(), session("other-order", T0, Map.of()));

        db.resetStatementCount();
        assertThat(store.list("T12345678", order)).containsExactly(first, second, third);
        assertThat(db.statementCount()).isEqualTo(1);
    }
}
