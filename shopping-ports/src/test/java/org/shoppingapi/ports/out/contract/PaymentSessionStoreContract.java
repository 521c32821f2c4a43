package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.ports.out.contract.ContractFixtures.T0;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.domain.order.SessionUrls;
import org.shoppingapi.ports.out.PaymentSessionStore;
import org.shoppingapi.ports.out.Transactions;

/**
 * What every {@link PaymentSessionStore} does, run against each implementation: a session reads back as written
 * (metadata decimals exactly) and only under its account and order, an order's sessions come oldest first in the
 * order they were stored (whatever their ids), a session id is unique per order, and a failed transaction is undone.
 */
public abstract class PaymentSessionStoreContract {

    protected abstract PaymentSessionStore sessions();

    protected abstract Transactions transactions();

    protected static PaymentSession session(String id, Instant at, Map<String, Object> metadata) {
        return new PaymentSession(id, "https://pay.example.com/" + id, 12000, "NOK",
                List.of(new PaymentItem(1, 10000), new PaymentItem(2, 2000)), "P-1",
                new SessionUrls("https://shop.example.com/back", "https://shop.example.com/cb", null), metadata, at,
                "client-1");
    }

    @Test
    public void a_session_reads_back_as_written_and_only_under_its_account_and_order() {
        String account = newAccount();
        UUID order = UUID.randomUUID();
        PaymentSession written = session("s-1", T0, Map.of("rate", new BigDecimal("1.10"),
                "nested", Map.of("list", List.of(1, "two"))));
        sessions().insert(account, order, written);

        assertThat(sessions().find(account, order, "s-1")).contains(written);
        assertThat(sessions().find(account, order, "s-1").orElseThrow().metadata().get("rate"))
                .isEqualTo(new BigDecimal("1.10"));
        assertThat(sessions().find(newAccount(), order, "s-1")).as("another account").isEmpty();
        assertThat(sessions().find(account, UUID.randomUUID(), "s-1")).as("another order").isEmpty();
        assertThat(sessions().find(account, order, "s-2")).isEmpty();
        assertThat(sessions().list(newAccount(), order)).isEmpty();
        assertThat(sessions().list(account, UUID.randomUUID())).isEmpty();
    }

    @Test
    public void an_orders_sessions_are_listed_oldest_first_in_the_order_they_were_stored() {
        String account = newAccount();
        UUID order = UUID.randomUUID();
        PaymentSession first = session("b-first", T0, Map.of());
        PaymentSession second = session("a-second", T0, Map.of()); // same instant, smaller id: stored order wins
        PaymentSession third = session("c-third", T0.plusSeconds(1), Map.of());
        sessions().insert(account, order, first);
        sessions().insert(account, order, second);
        sessions().insert(account, order, third);
        sessions().insert(account, UUID.randomUUID(), session("other-order", T0, Map.of()));
        sessions().insert(newAccount(), order, session("other-account", T0, Map.of()));

        assertThat(sessions().list(account, order)).containsExactly(first, second, third);
    }

    @Test
    public void a_session_id_is_unique_per_order_and_a_duplicate_undoes_its_transaction() {
        String account = newAccount();
        UUID order = UUID.randomUUID();
        PaymentSession kept = session("s-1", T0, Map.of());
        sessions().insert(account, order, kept);
        sessions().insert(account, UUID.randomUUID(), session("s-1", T0, Map.of())); // another order may reuse it
        PaymentSession before = session("s-2", T0.plusSeconds(1), Map.of());

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            sessions().insert(account, order, before);
            sessions().insert(account, order, session("s-1", T0.plusSeconds(2), Map.of("again", true)));
            return null;
        })).isInstanceOf(RuntimeException.class);

        assertThat(sessions().list(account, order)).as("the duplicate and the insert before it undone")
                .containsExactly(kept);
    }
}
