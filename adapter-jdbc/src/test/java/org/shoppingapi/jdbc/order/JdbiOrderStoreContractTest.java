package org.shoppingapi.jdbc.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.jdbc.testing.StoreFixtures.T0;
import static org.shoppingapi.jdbc.testing.StoreFixtures.ctx;
import static org.shoppingapi.jdbc.testing.StoreFixtures.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.Item;
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
import org.shoppingapi.ports.out.OrderFilter;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.OrderStoreContract;

/**
 * The {@code OrderStore} contract ({@link OrderStoreContract}: lookups, order_id uniqueness, versions, lists,
 * rollback) against PostgreSQL, and what only this store has to show: every field round trips, filter columns kept current.
 */
class JdbiOrderStoreContractTest extends OrderStoreContract {

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

    private static PaymentRequest payment(int lineId, long amount) {
        return new PaymentRequest(List.of(new PaymentItem(lineId, amount)), true, T0, "psp",
                Map.of("payment_id", "p-1"), Map.of());
    }

    private static List<UUID> ids(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }

    @Override
    protected OrderStore orders() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(db.jdbi());
    }
}
