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

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.pricing.Pricing;

/**
 * The per-line bounds of every payment operation kind (SPEC §3, reversal lines included), payment sessions (SPEC §5b),
 * the payment details an order shows and its customer key.
 */
class OrderPaymentRulesTest {

    private static final SessionUrls URLS = new SessionUrls("https://shop.example.com/back", null, null);

    /** Line 1 net 10000, line 2 a reversal of -4000. */
    private static Order order(Map<String, Object> attributes) {
        ApiEvent creation = new ApiEvent(uuid(9), T0, CLIENT, 0, uuid(1), new ChangeSource("/complete", "PUT"));
        OrderContent content = content(item(1, 10000, "25"), item(2, -4000, "25"));
        return Order.create(uuid(2), ACCOUNT, "ORD-1", Pricing.price(content.withExtensions(Extensions.of(attributes))),
                creation);
    }

    private static Order order() {
        return order(Map.of());
    }

    private static Order pay(Order o, PaymentKind kind, long n, long line, long amount) {
        return o.recordPayment(uuid(100 + n), kind, PaymentRequest.of(List.of(new PaymentItem((int) line, amount))),
                ctx(n)).order();
    }

    private static void assertExceeds(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo(ConflictException.AMOUNT_EXCEEDS_AVAILABLE);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void authorizations_and_cancellations_stay_within_their_line() {
        Order o = order();
        assertExceeds(() -> pay(o, PaymentKind.CANCELLATION, 1, 1, 1),
                "cancellation of 1 on line 1 exceeds the 0 authorized and neither captured nor cancelled");
        Order authorized = pay(o, PaymentKind.AUTHORIZATION, 1, 1, 8000);
        assertExceeds(() -> pay(authorized, PaymentKind.AUTHORIZATION, 2, 1, 2001),
                "authorization of 2001 on line 1 exceeds the 2000 of the line's net amount not yet authorized");
        Order captured = pay(authorized, PaymentKind.CAPTURE, 2, 1, 5000);
        assertExceeds(() -> pay(captured, PaymentKind.CANCELLATION, 3, 1, 999_999),
                "cancellation of 999999 on line 1 exceeds the 3000 authorized and neither captured nor cancelled");
        Order cancelled = pay(captured, PaymentKind.CANCELLATION, 3, 1, 3000);
        assertExceeds(() -> pay(cancelled, PaymentKind.CAPTURE, 4, 1, 1),
                "capture of 1 on line 1 exceeds the 0 authorized and not yet captured");
        assertThat(pay(cancelled, PaymentKind.REFUND, 4, 1, 5000).total(PaymentKind.REFUND)).isEqualTo(5000);
        assertExceeds(() -> pay(o, PaymentKind.AUTHORIZATION, 1, 1, Long.MAX_VALUE),
                "authorization of 9223372036854775807 on line 1 exceeds the 10000 of the line's net amount not yet"
                        + " authorized");
    }

    @Test
    void a_reversal_line_takes_negative_amounts_bounded_by_their_absolute_value() {
        Order o = order();
        assertThatThrownBy(() -> pay(o, PaymentKind.CAPTURE, 1, 2, 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("items[0].amount must be 0 or less: line 2 is negative"));
        assertExceeds(() -> pay(o, PaymentKind.CAPTURE, 1, 2, -4001), "capture of -4001 on line 2 exceeds the -4000"
                + " of the line's net amount not yet captured (nothing is authorized on it)");
        assertExceeds(() -> pay(o, PaymentKind.CAPTURE, 1, 2, Long.MIN_VALUE), "capture of " + Long.MIN_VALUE
                + " on line 2 exceeds the -4000 of the line's net amount not yet captured (nothing is authorized on it)");
        Order refunded = pay(pay(o, PaymentKind.CAPTURE, 1, 2, -4000), PaymentKind.REFUND, 2, 2, -1500);
        assertThat(refunded.total(PaymentKind.REFUND, 2)).isEqualTo(-1500);
        assertExceeds(() -> pay(refunded, PaymentKind.REFUND, 3, 2, -2501),
                "refund of -2501 on line 2 exceeds the -2500 captured and not yet refunded");
    }

    @Test
    void latest_payment_details_are_those_of_the_last_operation_that_carried_any() {
        assertThat(order().latestPaymentDetails()).isEmpty();
        Order withDetails = order(Map.of("payment_details", Map.of("payment_id", "draft-1")));
        assertThat(withDetails.latestPaymentDetails()).as("the order's own details are an extension, not read")
                .isEmpty();
        Order first = withDetails.recordPayment(uuid(199), PaymentKind.AUTHORIZATION, new PaymentRequest(
                List.of(new PaymentItem(1, 100)), true, null, null, Map.of("payment_id", "psp-1"), Map.of()), ctx(1))
                .order();
        assertThat(first.latestPaymentDetails()).hasValue(Map.of("payment_id", "psp-1"));
        Order plain = pay(first, PaymentKind.AUTHORIZATION, 2, 1, 100);
        assertThat(plain.latestPaymentDetails()).as("an operation without details changes nothing")
                .hasValue(Map.of("payment_id", "psp-1"));
        Order sent = plain.recordPayment(uuid(200), PaymentKind.CAPTURE, new PaymentRequest(
                List.of(new PaymentItem(1, 100)), true, null, null, Map.of("payment_id", "psp-2"), Map.of()), ctx(3))
                .order();
        assertThat(sent.latestPaymentDetails()).hasValue(Map.of("payment_id", "psp-2"));
    }

    @Test
    void the_customer_id_is_typed_and_kept_when_extensions_change() {
        assertThat(order().content().customerId()).isNull();
        ApiEvent creation = new ApiEvent(uuid(9), T0, CLIENT, 0, uuid(1), new ChangeSource("/complete", "PUT"));
        OrderContent content = new OrderContent(null, "NOK", null, List.of(item(1, 10000, "25")), null, "c-1",
                Extensions.of(Map.of("customer", Map.of("id", "c-1"))));
        Order o = Order.create(uuid(2), ACCOUNT, "ORD-1", Pricing.price(content), creation);
        Order updated = o.update(OrderChanges.of(Extensions.of(Map.of("comment", "x"))), ctx(1)).order();
        assertThat(updated.content().customerId()).isEqualTo("c-1");
    }

    @Test
    void a_session_request_needs_items_amounts_of_at_least_1_a_profile_and_a_return_url() {
        assertThatThrownBy(() -> new SessionRequest(List.of(new PaymentItem(1, 0)), " ", null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("items[0].amount", "profile_id", "url.return_url"));
        assertThatThrownBy(() -> new SessionRequest(List.of(), "p", new SessionUrls(" ", null, null), Map.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("items", "url.return_url"));
    }

    @Test
    void a_session_covers_existing_lines_within_what_is_not_yet_captured_and_adds_an_api_event() {
        Order o = pay(order(), PaymentKind.CAPTURE, 1, 1, 3000);
        SessionRequest tooMuch = new SessionRequest(List.of(new PaymentItem(1, 5000), new PaymentItem(1, 2001)), "p",
                URLS, Map.of());
        assertExceeds(() -> o.checkSession(tooMuch),
                "session of 7001 on line 1 exceeds the 7000 of the line's net amount not yet captured");
        assertExceeds(() -> o.checkSession(new SessionRequest(List.of(new PaymentItem(2, 1)), "p", URLS, null)),
                "session of 1 on line 2 exceeds the 0 of the line's net amount not yet captured");
        assertThatThrownBy(() -> o.checkSession(new SessionRequest(List.of(new PaymentItem(7, 1)), "p", URLS, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ConflictException.UNKNOWN_LINE));

        SessionRequest fits = new SessionRequest(List.of(new PaymentItem(1, 5000), new PaymentItem(1, 2000)), "p",
                URLS, Map.of("k", "v"));
        SessionStarted started = o.startSession(fits, "s-1", "https://pay.example.com/s-1", ctx(5));
        assertThat(started.order().version()).isEqualTo(o.version() + 1);
        assertThat(started.order().events()).hasSize(o.events().size() + 1).last().isEqualTo(started.event());
        assertThat(started.event().id()).isEqualTo(ctx(5).eventId());
        assertThat(started.order().paymentOperations()).isEqualTo(o.paymentOperations());
        PaymentSession session = started.session();
        assertThat(session.id()).isEqualTo("s-1");
        assertThat(session.amount()).isEqualTo(7000);
        assertThat(session.currency()).isEqualTo("NOK");
        assertThat(session.createdAt()).isEqualTo(ctx(5).now());
        assertThat(session.createdBy()).isEqualTo(CLIENT);
        assertThat(session.metadata()).containsEntry("k", "v");

        Order cancelled = o.cancel("gone", ctx(6)).orElseThrow().order();
        assertThatThrownBy(() -> cancelled.checkSession(fits)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ConflictException.ORDER_CANCELLED));
    }
}
