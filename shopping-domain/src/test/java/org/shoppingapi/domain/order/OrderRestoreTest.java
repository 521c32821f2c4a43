package org.shoppingapi.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.ACCOUNT;
import static org.shoppingapi.domain.Fixtures.CLIENT;
import static org.shoppingapi.domain.Fixtures.T0;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.ctx;
import static org.shoppingapi.domain.Fixtures.item;
import static org.shoppingapi.domain.Fixtures.uuid;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.pricing.Pricing;

/** {@link Order#restore}: storage gets back exactly what an operation could have produced, and nothing else. */
class OrderRestoreTest {

    private static final Instant AT = T0.plusSeconds(30);

    private static Order order() {
        Order created = Order.create(uuid(2), ACCOUNT, "ORD-1", Pricing.price(content(item(1, 10000, "25"))),
                new ApiEvent(uuid(9), T0, CLIENT, 0, uuid(1), null));
        return created.update(OrderChanges.of(org.shoppingapi.domain.common.Extensions.of(java.util.Map.of("comment",
                "x"))), ctx(1)).order();
    }

    private static Order restore(Order o, OrderStatus status, long version, List<OrderEvent> events,
                                 Instant closedAt, Instant cancelledAt) {
        return Order.restore(o.id(), o.accountId(), o.orderId(), o.content(), status, version, events,
                o.paymentOperations(), o.audit(), closedAt, closedAt == null ? null : CLIENT, cancelledAt,
                cancelledAt == null ? null : CLIENT, cancelledAt == null ? null : "gone");
    }

    @Test
    void an_order_an_operation_produced_restores_equal_to_itself() {
        Order closed = order().close(ctx(2)).orElseThrow().order();
        Order cancelled = closed.cancel("gone", ctx(3)).orElseThrow().order();
        for (Order o : List.of(order(), closed, cancelled)) {
            Order back = Order.restore(o.id(), o.accountId(), o.orderId(), o.content(), o.status(), o.version(),
                    o.events(), o.paymentOperations(), o.audit(), o.closedAt(), o.closedBy(), o.cancelledAt(),
                    o.cancelledBy(), o.cancelledReason());
            assertThat(back).isEqualTo(o).hasSameHashCodeAs(o);
        }
    }

    @Test
    void a_negative_version_is_refused() {
        Order o = order();
        assertThatThrownBy(() -> restore(o, OrderStatus.OPEN, -1, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order " + o.id() + " cannot be restored: version -1 is negative");
    }

    @Test
    void a_status_needs_its_time_and_an_open_order_has_none() {
        Order o = order();
        assertThatThrownBy(() -> restore(o, OrderStatus.CLOSED, o.version(), o.events(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status CLOSED");
        assertThatThrownBy(() -> restore(o, OrderStatus.CANCELLED, o.version(), o.events(), AT, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status CANCELLED");
        assertThatThrownBy(() -> restore(o, OrderStatus.OPEN, o.version(), o.events(), AT, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status OPEN");
        assertThatThrownBy(() -> restore(o, OrderStatus.CLOSED, o.version(), o.events(), AT, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status CLOSED");
        // A closed order that was then cancelled keeps its closing time.
        assertThat(restore(o, OrderStatus.CANCELLED, o.version(), o.events(), AT, AT).status())
                .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void an_api_event_newer_than_the_order_is_refused() {
        Order o = order();
        assertThatThrownBy(() -> restore(o, OrderStatus.OPEN, 0, o.events(), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("records version 1, after the order's version 0");
    }

    @Test
    void a_missing_part_is_refused_by_name() {
        Order o = order();
        assertThatThrownBy(() -> Order.restore(o.id(), o.accountId(), null, o.content(), o.status(), o.version(),
                o.events(), o.paymentOperations(), o.audit(), null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order " + o.id() + " cannot be restored: orderId is missing");
    }
}
