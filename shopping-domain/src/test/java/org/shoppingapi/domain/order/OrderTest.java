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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.pricing.Pricing;

/** Payment operations, derived payment status, status changes and partial updates of an order. */
class OrderTest {

    /** Lines 1 (net 10000) and 2 (net 5000); order net 15000. */
    private static Order order() {
        ApiEvent creation = new ApiEvent(uuid(9), T0, CLIENT, 0, uuid(1), new ChangeSource("/complete", "PUT"));
        return Order.create(uuid(2), ACCOUNT, "ORD-1", Pricing.price(content(item(1, 10000, "25"),
                item(2, 5000, "25"))), creation);
    }

    private static Order pay(Order o, PaymentKind kind, long n, PaymentItem... items) {
        return o.recordPayment(uuid(100 + n), kind, PaymentRequest.of(List.of(items)), ctx(n)).order();
    }

    @Test
    void created_order_is_open_at_version_0_pending() {
        Order o = order();
        assertThat(o.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(o.version()).isZero();
        assertThat(o.content().orderId()).isEqualTo("ORD-1");
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(o.eventsState()).isEqualTo(EventState.PENDING);
        assertThat(o.audit().createdBy()).isEqualTo(CLIENT);
        assertThat(o.hasPaymentOperations()).isFalse();
    }

    @Test
    void payment_status_follows_captures_and_refunds() {
        Order o = order();
        Order authorized = pay(o, PaymentKind.AUTHORIZATION, 1, new PaymentItem(1, 10000), new PaymentItem(2, 5000));
        assertThat(authorized.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        Order partly = pay(authorized, PaymentKind.CAPTURE, 2, new PaymentItem(1, 10000));
        assertThat(partly.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        Order paid = pay(partly, PaymentKind.CAPTURE, 3, new PaymentItem(2, 5000));
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        Order partlyRefunded = pay(paid, PaymentKind.REFUND, 4, new PaymentItem(1, 4000));
        assertThat(partlyRefunded.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        Order refunded = pay(partlyRefunded, PaymentKind.REFUND, 5, new PaymentItem(1, 6000),
                new PaymentItem(2, 5000));
        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.version()).isEqualTo(5);
        assertThat(refunded.operations(PaymentKind.REFUND)).extracting(PaymentOperation::amount)
                .containsExactly(4000L, 11000L);
        assertThat(refunded.total(PaymentKind.CAPTURE)).isEqualTo(15000);
        PaymentOperation op = refunded.operations(PaymentKind.REFUND).get(1);
        assertThat(op.id()).isEqualTo(uuid(105));
        assertThat(op.createdAt()).isEqualTo(ctx(5).now());
        assertThat(op.createdBy()).isEqualTo(CLIENT);
        assertThat(op.success()).isTrue();
    }

    @Test
    void payment_status_rule_table() {
        assertThat(PaymentStatus.of(0, 0, 100)).isEqualTo(PaymentStatus.PENDING);
        assertThat(PaymentStatus.of(50, 0, 100)).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        assertThat(PaymentStatus.of(100, 0, 100)).isEqualTo(PaymentStatus.PAID);
        assertThat(PaymentStatus.of(120, 0, 100)).isEqualTo(PaymentStatus.PAID);
        assertThat(PaymentStatus.of(100, 1, 100)).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(PaymentStatus.of(50, 10, 100)).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(PaymentStatus.of(100, 100, 100)).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void capture_is_limited_by_authorization_or_line_net() {
        Order o = order();
        assertThatThrownBy(() -> pay(o, PaymentKind.CAPTURE, 1, new PaymentItem(1, 10001)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("AMOUNT_EXCEEDS_AVAILABLE");
                })
                .hasMessage("capture of 10001 on line 1 exceeds the 10000 of the line's net amount not yet captured"
                        + " (nothing is authorized on it)");
        Order authorized = pay(o, PaymentKind.AUTHORIZATION, 1, new PaymentItem(1, 6000));
        Order cancelled = pay(authorized, PaymentKind.CANCELLATION, 2, new PaymentItem(1, 1000));
        Order captured = pay(cancelled, PaymentKind.CAPTURE, 3, new PaymentItem(1, 3000));
        assertThatThrownBy(() -> pay(captured, PaymentKind.CAPTURE, 4, new PaymentItem(1, 1000),
                new PaymentItem(1, 1001)))
                .hasMessage("capture of 2001 on line 1 exceeds the 2000 authorized and not yet captured");
        assertThat(pay(captured, PaymentKind.CAPTURE, 4, new PaymentItem(1, 2000)).total(PaymentKind.CAPTURE, 1))
                .isEqualTo(5000);
    }

    @Test
    void refund_is_limited_by_what_was_captured_and_not_refunded() {
        Order captured = pay(order(), PaymentKind.CAPTURE, 1, new PaymentItem(2, 3000));
        assertThatThrownBy(() -> pay(captured, PaymentKind.REFUND, 2, new PaymentItem(1, 1)))
                .hasMessage("refund of 1 on line 1 exceeds the 0 captured and not yet refunded");
        Order refunded = pay(captured, PaymentKind.REFUND, 2, new PaymentItem(2, 2000));
        assertThatThrownBy(() -> pay(refunded, PaymentKind.REFUND, 3, new PaymentItem(2, 1001)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("refund of 1001 on line 2 exceeds the 1000 captured and not yet refunded");
    }

    @Test
    void failed_operations_are_kept_but_neither_checked_nor_counted() {
        PaymentRequest failed = new PaymentRequest(List.of(new PaymentItem(1, 99999)), false, T0, "psp",
                Map.of("payment_id", "p1"), null);
        Order o = order().recordPayment(uuid(50), PaymentKind.CAPTURE, failed, ctx(1)).order();
        assertThat(o.paymentOperations()).hasSize(1);
        assertThat(o.paymentOperations().get(0).paymentDetails()).containsEntry("payment_id", "p1");
        assertThat(o.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(o.hasPaymentOperations()).isTrue();
    }

    @Test
    void bad_payment_requests_are_validation_errors_and_unknown_lines_conflicts() {
        Order o = order();
        assertThatThrownBy(() -> pay(o, PaymentKind.CAPTURE, 1)).isInstanceOf(ValidationException.class)
                .hasMessage("items is required");
        assertThatThrownBy(() -> pay(o, PaymentKind.AUTHORIZATION, 1, new PaymentItem(7, 1),
                new PaymentItem(1, -1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.message()).containsExactly("items[1].amount must be 0 or more"));
        assertThatThrownBy(() -> pay(o, PaymentKind.AUTHORIZATION, 1, new PaymentItem(7, 1),
                new PaymentItem(1, 1), new PaymentItem(8, 1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ConflictException.UNKNOWN_LINE);
                    assertThat(e.getMessage()).isEqualTo("items[0].line_id 7 is not a line of order ORD-1 (and 1 more)");
                    assertThat(e.errors()).extracting(f -> f.field())
                            .containsExactly("items[0].line_id", "items[2].line_id");
                });
        // An authorization without items is allowed (amount 0).
        assertThat(pay(o, PaymentKind.AUTHORIZATION, 1).operations(PaymentKind.AUTHORIZATION).get(0).amount())
                .isZero();
    }

    @Test
    void service_events_drive_the_event_state() {
        Order o = order().addServiceEvent(new ServiceEvent(uuid(70), T0.plusSeconds(5), CLIENT,
                EventState.PENDING, "kitchen", "preparing", null, null)).order();
        assertThat(o.version()).isEqualTo(1);
        assertThat(o.eventsState()).isEqualTo(EventState.PENDING);
        ServiceEvent ready = new ServiceEvent(uuid(71), T0.plusSeconds(6), CLIENT, null, "kitchen",
                "ready", "food prepared", Map.of());
        OrderChanged posted = o.addServiceEvent(ready);
        assertThat(posted.event()).isSameAs(ready);
        Order done = posted.order();
        assertThat(done.eventsState()).isEqualTo(EventState.SUCCESS);
        assertThat(done.events()).hasSize(3);
        assertThat(done.audit().updatedAt()).isEqualTo(T0.plusSeconds(6));
    }

    @Test
    void close_open_cancel() {
        Order closed = order().close(ctx(1)).orElseThrow().order();
        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(ctx(1).now());
        assertThat(closed.closedBy()).isEqualTo(CLIENT);
        assertThat(closed.close(ctx(2))).as("closing a closed order does nothing").isEmpty();
        Order reopened = closed.open(ctx(2)).orElseThrow().order();
        assertThat(reopened.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.version()).isEqualTo(2);
        assertThat(reopened.open(ctx(3))).isEmpty();
        Order cancelled = reopened.cancel("customer left", ctx(3)).orElseThrow().order();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelledReason()).isEqualTo("customer left");
        assertThat(cancelled.cancelledBy()).isEqualTo(CLIENT);
        assertThat(cancelled.cancel("again", ctx(4))).isEmpty();
        assertThat(cancelled.events()).hasSize(4);
        assertThatThrownBy(() -> cancelled.open(ctx(4))).isInstanceOf(ConflictException.class)
                .hasMessage("order ORD-1 is cancelled");
        assertThatThrownBy(() -> cancelled.close(ctx(4))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.update(OrderChanges.of(Extensions.of(Map.of("comment", "x"))),
                ctx(4)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void partial_update_sets_the_extension_fields_present_and_keeps_the_others() {
        Order o = order();
        Map<String, Object> changes = new HashMap<>();
        changes.put("courier_id", "c-9");
        changes.put("comment", null);
        Order updated = o.update(OrderChanges.of(Extensions.of(changes)), ctx(1)).order();
        assertThat(updated.content().extensions().asMap()).containsEntry("courier_id", "c-9")
                .containsEntry("comment", null)
                .containsEntry("merchant_reference", "ref-1");
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.content().items()).isEqualTo(o.content().items());
    }

    @Test
    void content_fixed_at_creation_is_refused_by_the_names_sent_and_nothing_changes() {
        Order o = order();
        assertThatThrownBy(() -> o.update(new OrderChanges(Extensions.of(Map.of("comment", "x")),
                List.of("currency", "items")), ctx(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).containsExactly(
                                "currency cannot be changed after the order is created",
                                "items cannot be changed after the order is created"));
    }

    @Test
    void a_recorded_payment_names_the_operation_it_created_and_the_event_it_appended() {
        Order o = pay(order(), PaymentKind.AUTHORIZATION, 1, new PaymentItem(1, 4000));
        PaymentRecorded recorded = o.recordPayment(uuid(300), PaymentKind.CAPTURE,
                PaymentRequest.of(List.of(new PaymentItem(1, 2500), new PaymentItem(2, 500))), ctx(2));
        PaymentOperation op = recorded.operation();
        assertThat(op.id()).isEqualTo(uuid(300));
        assertThat(op.kind()).isEqualTo(PaymentKind.CAPTURE);
        assertThat(op.amount()).isEqualTo(3000);
        assertThat(recorded.order().paymentOperations()).hasSize(2).last().isEqualTo(op);
        assertThat(recorded.order().operations(PaymentKind.CAPTURE)).containsExactly(op);
        assertThat(recorded.event()).isEqualTo(recorded.order().events().get(recorded.order().events().size() - 1));
        assertThat(recorded.event().id()).isEqualTo(ctx(2).eventId());
        assertThat(recorded.event().version()).isEqualTo(recorded.order().version()).isEqualTo(2);
    }

    @Test
    void every_order_change_names_the_api_event_it_appended() {
        Order o = order();
        List<OrderChanged> changes = List.of(
                o.update(OrderChanges.of(Extensions.of(Map.of("comment", "ring twice"))), ctx(1)),
                o.close(ctx(1)).orElseThrow(),
                o.cancel("gone", ctx(1)).orElseThrow());
        for (OrderChanged changed : changes) {
            assertThat(changed.event()).isInstanceOf(ApiEvent.class)
                    .isEqualTo(changed.order().events().get(1));
            assertThat(changed.event().id()).isEqualTo(ctx(1).eventId());
            assertThat(((ApiEvent) changed.event()).version()).isEqualTo(changed.order().version()).isEqualTo(1);
            assertThat(changed.order().events()).hasSize(2);
        }
    }
}
