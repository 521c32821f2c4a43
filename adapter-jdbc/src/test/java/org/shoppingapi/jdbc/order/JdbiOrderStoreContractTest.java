package org.shoppingapi.jdbc.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.jdbc.testing.StoreFixtures.T0;
import static org.shoppingapi.jdbc.testing.StoreFixtures.ctx;
import static org.shoppingapi.jdbc.testing.StoreFixtures.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentRequest;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.domain.payout.ItemPayout;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.domain.error.DuplicateOrderIdException;
import org.shoppingapi.ports.out.OrderFilter;
import org.shoppingapi.ports.paging.PageCursor;

/** The {@code OrderStore} contract against PostgreSQL: round trips, order_id uniqueness, versions, lists by filter. */
class JdbiOrderStoreContractTest {

    static MigratedDatabase db;
    static JdbiOrderStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiOrderStoreContractTest.class, 4);
        store = new JdbiOrderStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void an_order_round_trips_with_content_events_and_payment_operations() {
        Order order = order("T20000001", "custom-1", T0)
                .recordPayment(UUID.randomUUID(), PaymentKind.AUTHORIZATION,
                        payment(1, 100), ctx(T0.plusSeconds(1))).order()
                .addServiceEvent(new ServiceEvent(UUID.randomUUID(), T0.plusSeconds(2), "client-1",
                        EventState.PENDING, "warehouse", "picking", "being picked", Map.of("bin", "A3"))).order();
        store.insert(order);

        assertThat(store.findById("T20000001", order.id())).contains(order);
        assertThat(store.find("T20000001", "custom-1")).contains(order);
        assertThat(store.find("T20000001", order.id().toString())).as("its id works too").contains(order);
        assertThat(store.findForUpdate("T20000001", "custom-1")).contains(order);
        assertThat(store.find("T20000002", "custom-1")).as("another account").isEmpty();
        assertThat(store.findById("T20000002", order.id())).isEmpty();
        assertThat(store.orderIdExists("T20000001", "custom-1")).isTrue();
        assertThat(store.orderIdExists("T20000002", "custom-1")).isFalse();
    }

    @Test
    void payout_rules_fixed_on_lines_and_splits_of_payment_items_round_trip() {
        PayoutRule fixed = new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "store-7", List.of(
                new PayoutDestination.Fixed("fee", 300),
                new PayoutDestination.Percentage("platform", new BigDecimal("33.333333")),
                new PayoutDestination.Remaining(null, List.of(
                        new PayoutDestination.Percentage("x", new BigDecimal("12.50")),
                        new PayoutDestination.Percentage("y", new BigDecimal("87.5"))))));
        Order plain = order("T20000009", "payout-1", T0);
        List<Item> items = new ArrayList<>(plain.content().items());
        items.set(0, items.get(0).withPayout(new ItemPayout("manual-1", fixed)));
        Order withRule = Order.create(plain.id(), plain.accountId(), plain.orderId(),
                plain.content().withItems(items), (ApiEvent) plain.events().get(0));
        Order paid = withRule.recordPayment(UUID.randomUUID(), PaymentKind.CAPTURE,
                PaymentRequest.of(List.of(new PaymentItem(1, 2500), new PaymentItem(2, 100))), ctx(T0.plusSeconds(1)))
                .order();
        assertThat(paid.paymentOperations().get(0).items().get(0).payout()).isNotNull();
        store.insert(paid);

        Order read = store.findById("T20000009", paid.id()).orElseThrow();
        assertThat(read).isEqualTo(paid);
        assertThat(read.content().items().get(1).payout()).isEqualTo(ItemPayout.NONE);
        assertThat(read.paymentOperations().get(0).items().get(1).payout()).isNull();
    }

    @Test
    void an_order_id_is_unique_per_account_and_a_duplicate_rolls_the_transaction_back() {
        store.insert(order("T20000003", "dup", T0));
        store.insert(order("T20000004", "dup", T0));
        Order first = order("T20000003", null, T0);

        assertThatThrownBy(() -> new JdbiTransactions(db.jdbi()).inTransaction(() -> {
            store.insert(first);
            store.insert(order("T20000003", "dup", T0));
            return null;
        })).isInstanceOf(DuplicateOrderIdException.class).hasMessageContaining("dup");
        assertThat(store.findById("T20000003", first.id())).as("rolled back with the duplicate").isEmpty();
    }

    @Test
    void a_custom_order_id_wins_over_another_orders_id() {
        Order byId = order("T20000005", null, T0);
        Order shadow = order("T20000005", UUID.randomUUID().toString(), T0);
        store.insert(byId);
        store.insert(shadow);
        assertThat(store.find("T20000005", shadow.orderId())).contains(shadow);
        assertThat(store.find("T20000005", "no-such-order")).isEmpty();
    }

    @Test
    void update_writes_over_the_expected_version_and_keeps_the_filter_columns_current() {
        Order order = order("T20000006", null, T0);
        store.insert(order);
        long net = order.content().totals().netAmount();
        Order captured = order.recordPayment(UUID.randomUUID(), PaymentKind.CAPTURE,
                payment(1, order.content().item(1).orElseThrow().netAmount()), ctx(T0.plusSeconds(1))).order();
        Order closed = captured.close(ctx(T0.plusSeconds(2))).orElseThrow().order();

        assertThat(store.update(captured, 0)).isTrue();
        assertThat(store.update(closed, 0)).as("stale").isFalse();
        assertThat(store.update(closed, 1)).isTrue();
        assertThat(store.findById("T20000006", order.id())).contains(closed);
        assertThat(net).isGreaterThan(order.content().item(1).orElseThrow().netAmount());
        assertThat(ids(store.list(OrderFilter.all("T20000006", 10).withPaymentStatus(PaymentStatus.PARTIALLY_PAID))))
                .containsExactly(order.id());
        assertThat(ids(store.list(OrderFilter.all("T20000006", 10).withStatus(OrderStatus.CLOSED))))
                .containsExactly(order.id());
        assertThat(store.list(OrderFilter.all("T20000006", 10).withStatus(OrderStatus.OPEN))).isEmpty();
    }

    @Test
    void lists_by_every_filter_newest_first_with_paging() {
        String account = "T20000007";
        Instant base = Instant.parse("2026-06-01T00:00:00Z");
        Order a = order(account, null, base.plusSeconds(1));
        Order b = withStore(order(account, null, base.plusSeconds(2)), "store-b");
        Order c = order(account, null, base.plusSeconds(3));
        for (Order o : List.of(a, b, c)) {
            store.insert(o);
        }
        store.insert(order("T20000008", null, base.plusSeconds(2)));

        assertThat(ids(store.list(OrderFilter.all(account, 10)))).containsExactly(c.id(), b.id(), a.id());
        assertThat(ids(store.list(OrderFilter.all(account, 10).withStoreId("store-b")))).containsExactly(b.id());
        assertThat(ids(store.list(OrderFilter.all(account, 10).withCustomerId("cust-1"))))
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(store.list(OrderFilter.all(account, 10).withCustomerId("cust-2"))).isEmpty();
        assertThat(ids(store.list(OrderFilter.all(account, 10).withCreated(base.plusSeconds(2), base.plusSeconds(3)))))
                .containsExactly(c.id(), b.id());
        assertThat(ids(store.list(OrderFilter.all(account, 10).withPaymentStatus(PaymentStatus.PENDING))))
                .containsExactly(c.id(), b.id(), a.id());

        List<Order> page1 = store.list(OrderFilter.all(account, 2));
        Order last = page1.get(1);
        List<Order> page2 = store.list(OrderFilter.all(account, 2)
                .startingAfter(new PageCursor(last.audit().createdAt(), last.id())));
        assertThat(ids(page1)).containsExactly(c.id(), b.id());
        assertThat(ids(page2)).containsExactly(a.id());
    }

    private static Order withStore(Order order, String storeId) {
        return Order.restore(order.id(), order.accountId(), order.orderId(), order.content().withStore(Store.of(storeId)),
                order.status(), order.version(), order.events(), order.paymentOperations(), order.audit(),
                order.closedAt(), order.closedBy(), order.cancelledAt(), order.cancelledBy(), order.cancelledReason());
    }

    private static PaymentRequest payment(int lineId, long amount) {
        return new PaymentRequest(List.of(new PaymentItem(lineId, amount)), true, T0, "psp",
                Map.of("payment_id", "p-1"), Map.of());
    }

    private static List<UUID> ids(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }
}
