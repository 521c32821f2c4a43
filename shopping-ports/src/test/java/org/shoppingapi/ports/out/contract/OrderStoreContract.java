package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.ports.out.contract.ContractFixtures.T0;
import static org.shoppingapi.ports.out.contract.ContractFixtures.cancelled;
import static org.shoppingapi.ports.out.contract.ContractFixtures.closed;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;
import static org.shoppingapi.ports.out.contract.ContractFixtures.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.ports.out.OrderFilter;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * What every {@link OrderStore} does, run against each implementation: found by order_id or id and only in its
 * account, order_id unique per account, versions, filters and paging, and a failed transaction undone.
 */
public abstract class OrderStoreContract {

    protected abstract OrderStore orders();

    protected abstract Transactions transactions();

    @Test
    public void an_order_is_found_by_order_id_or_id_and_only_in_its_account() {
        String account = newAccount();
        String other = newAccount();
        Order order = order(account, "custom-1", T0);
        orders().insert(order);

        assertThat(orders().findById(account, order.id())).contains(order);
        assertThat(orders().find(account, "custom-1")).contains(order);
        assertThat(orders().find(account, order.id().toString())).as("its id works too").contains(order);
        assertThat(transactions().inTransaction(() -> orders().findForUpdate(account, "custom-1"))).contains(order);
        assertThat(orders().find(other, "custom-1")).as("another account").isEmpty();
        assertThat(orders().findById(other, order.id())).isEmpty();
        assertThat(orders().orderIdExists(account, "custom-1")).isTrue();
        assertThat(orders().orderIdExists(other, "custom-1")).isFalse();
        assertThat(orders().find(account, "no-such-order")).isEmpty();
    }

    @Test
    public void a_custom_order_id_wins_over_another_orders_id() {
        String account = newAccount();
        Order named = order(account, "named-1", T0);
        Order shadowing = order(account, named.id().toString(), T0.plusSeconds(1));
        orders().insert(named);
        orders().insert(shadowing);

        assertThat(orders().find(account, named.id().toString())).as("order_id match first").contains(shadowing);
        assertThat(orders().find(account, "named-1")).contains(named);
        assertThat(orders().findById(account, named.id())).contains(named);
    }

    @Test
    public void an_order_id_is_unique_per_account_and_a_duplicate_undoes_its_transaction() {
        String account = newAccount();
        orders().insert(order(account, "dup", T0));
        orders().insert(order(newAccount(), "dup", T0));
        Order first = order(account, null, T0);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            orders().insert(first);
            orders().insert(order(account, "dup", T0));
            return null;
        })).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ConflictException.DUPLICATE_ORDER_ID));
        assertThat(orders().findById(account, first.id())).as("undone with the duplicate").isEmpty();
    }

    @Test
    public void update_writes_only_over_the_expected_version_and_lists_see_the_new_state() {
        String account = newAccount();
        Order order = order(account, null, T0);
        orders().insert(order);
        Order closed = closed(order, T0.plusSeconds(1));
        Order cancelledMeanwhile = cancelled(order, T0.plusSeconds(2)); // another writer's change of version 0

        assertThat(orders().update(closed, 0)).isTrue();
        assertThat(orders().update(cancelledMeanwhile, 0)).as("stale: the stored order moved on").isFalse();
        assertThat(orders().findById(account, order.id())).contains(closed);
        assertThat(ids(orders().list(OrderFilter.all(account, 10).withStatus(OrderStatus.CLOSED))))
                .containsExactly(order.id());
        assertThat(orders().list(OrderFilter.all(account, 10).withStatus(OrderStatus.OPEN))).isEmpty();
    }

    @Test
    public void lists_by_every_filter_newest_first_with_paging() {
        String account = newAccount();
        Instant base = T0.plusSeconds(3600);
        Order a = order(account, null, base.plusSeconds(1), null, "cust-1");
        Order b = order(account, null, base.plusSeconds(2), "store-b", "cust-1");
        Order c = order(account, null, base.plusSeconds(3), null, "cust-2");
        for (Order o : List.of(a, b, c)) {
            orders().insert(o);
        }
        orders().insert(order(newAccount(), null, base.plusSeconds(2), "store-b", "cust-1"));

        assertThat(ids(orders().list(OrderFilter.all(account, 10)))).containsExactly(c.id(), b.id(), a.id());
        assertThat(ids(orders().list(OrderFilter.all(account, 10).withStoreId("store-b")))).containsExactly(b.id());
        assertThat(ids(orders().list(OrderFilter.all(account, 10).withCustomerId("cust-1"))))
                .containsExactly(b.id(), a.id());
        assertThat(orders().list(OrderFilter.all(account, 10).withCustomerId("cust-3"))).isEmpty();
        assertThat(ids(orders().list(OrderFilter.all(account, 10).withCreated(base.plusSeconds(2),
                base.plusSeconds(3))))).as("both ends inclusive").containsExactly(c.id(), b.id());
        assertThat(ids(orders().list(OrderFilter.all(account, 10).withPaymentStatus(PaymentStatus.PENDING))))
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(orders().list(OrderFilter.all(account, 10).withPaymentStatus(PaymentStatus.PAID))).isEmpty();

        List<Order> page1 = orders().list(OrderFilter.all(account, 2));
        Order last = page1.get(1);
        List<Order> page2 = orders().list(OrderFilter.all(account, 2)
                .startingAfter(new PageCursor(last.audit().createdAt(), last.id())));
        assertThat(ids(page1)).containsExactly(c.id(), b.id());
        assertThat(ids(page2)).containsExactly(a.id());
    }

    private static List<UUID> ids(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }
}
