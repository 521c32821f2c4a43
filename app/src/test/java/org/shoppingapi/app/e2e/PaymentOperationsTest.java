package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.OrderApi.item;
import static org.shoppingapi.app.e2e.OrderApi.payment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authorizations, captures, refunds and cancellations over HTTP and PostgreSQL: what they answer, the limits on what
 * is left to capture or refund, the order's payment_status (SPEC §2) and what payment operations forbid.
 */
class PaymentOperationsTest {

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(PaymentOperationsTest.class);
    }

    @Test
    void payment_status_goes_pending_partially_paid_paid_partially_refunded_refunded() {
        OrderApi api = new OrderApi(app, "T30000001");
        // net 15000: line 1 10000, line 2 5000.
        String orderId = api.create("", item(1, 10000, "25"), item(2, 5000, "15")).get("order_id").asText();

        TestService.Answer authorized = api.pay(orderId, "authorizations", """
                {"items": [{"line_id": 1, "amount": 10000}, {"line_id": 2, "amount": 5000}],
                 "payment_details": {"payment_id": "psp-1", "method": "card"}, "processed_by": "psp",
                 "processed_at": "2026-06-01T12:00:00Z", "metadata": {"k": "v"}}""");
        assertThat(authorized.status()).as(authorized.body()).isEqualTo(200);
        JsonNode authorization = authorized.json();
        assertThat(authorization.get("amount").asLong()).isEqualTo(15000);
        assertThat(authorization.get("success").asBoolean()).as("success defaults to true").isTrue();
        assertThat(authorization.at("/payment_details/payment_id").asText()).isEqualTo("psp-1");
        assertThat(authorization.get("processed_at").asText()).isEqualTo("2026-06-01T12:00:00Z");
        assertThat(authorization.get("processed_by").asText()).isEqualTo("psp");
        assertThat(authorization.at("/metadata/k").asText()).isEqualTo("v");
        assertThat(authorization.get("created_at").asText()).isNotBlank();
        assertThat(authorization.get("created_by").asText()).isNotBlank();
        assertThat(authorization.at("/items/1/line_id").asInt()).isEqualTo(2);
        assertThat(authorization.at("/_links/0/href").asText())
                .isEqualTo(api.order(orderId) + "/authorizations/" + authorization.get("id").asText());
        assertStatus(api, orderId, "pending");

        JsonNode capture = captured(api.pay(orderId, "captures", payment(1, 4000)));
        assertThat(capture.get("amount").asLong()).isEqualTo(4000);
        assertStatus(api, orderId, "partially_paid");

        assertConflict(api.pay(orderId, "captures", payment(1, 6001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "capture of 6001 on line 1 exceeds the 6000 authorized and not yet captured");
        assertConflict(api.pay(orderId, "captures", payment(1, 3000, 1, 3001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "capture of 6001 on line 1 exceeds the 6000 authorized and not yet captured");
        captured(api.pay(orderId, "captures", payment(1, 6000, 2, 5000)));
        assertStatus(api, orderId, "paid");
        assertConflict(api.pay(orderId, "captures", payment(2, 1)), "AMOUNT_EXCEEDS_AVAILABLE",
                "capture of 1 on line 2 exceeds the 0 authorized and not yet captured");

        captured(api.pay(orderId, "refunds", payment(1, 3000)));
        assertStatus(api, orderId, "partially_refunded");
        assertConflict(api.pay(orderId, "refunds", payment(2, 5001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "refund of 5001 on line 2 exceeds the 5000 captured and not yet refunded");
        captured(api.pay(orderId, "refunds", payment(1, 7000, 2, 5000)));
        assertStatus(api, orderId, "refunded");
        assertConflict(api.pay(orderId, "refunds", payment(1, 1)), "AMOUNT_EXCEEDS_AVAILABLE",
                "refund of 1 on line 1 exceeds the 0 captured and not yet refunded");

        JsonNode order = api.getWithEvents(orderId).json();
        assertThat(order.get("version").asLong()).as("one version per recorded operation").isEqualTo(5);
        assertThat(order.get("events")).as("each operation adds an event").hasSize(6);
        assertThat(order.at("/events/2/request/path").asText()).isEqualTo(api.order(orderId) + "/captures");
        assertThat(order.at("/events/2/version").asLong()).isEqualTo(2);
        assertThat(new OrderApi(app, "T30000001").all(api.orders(), "payment_status=refunded")).hasSize(1);
    }

    @Test
    void operations_are_listed_per_kind_and_read_one_by_one() {
        OrderApi api = new OrderApi(app, "T30000002");
        String orderId = api.create("\"order_id\": \"pay-2\"", item(1, 10000, "25")).get("order_id").asText();
        String first = captured(api.pay(orderId, "captures", payment(1, 1000))).get("id").asText();
        String second = captured(api.pay(orderId, "captures", payment(1, 2000))).get("id").asText();
        String refund = captured(api.pay(orderId, "refunds", payment(1, 500))).get("id").asText();
        String cancellation = captured(api.pay(orderId, "cancellations", "{}")).get("id").asText();

        TestService.Answer captures = api.operations(orderId, "captures");
        assertThat(captures.status()).as(captures.body()).isEqualTo(200);
        assertThat(ids(captures.json().get("captures"))).containsExactly(first, second);
        assertThat(ids(api.operations(orderId, "refunds").json().get("refunds"))).containsExactly(refund);
        assertThat(ids(api.operations(orderId, "cancellations").json().get("cancellations")))
                .containsExactly(cancellation);
        assertThat(api.operations(orderId, "authorizations").json().get("authorizations")).isEmpty();

        TestService.Answer one = app.get(api.order(orderId) + "/captures/" + second);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json()).isEqualTo(captures.json().at("/captures/1"));
        assertThat(one.json().get("amount").asLong()).isEqualTo(2000);
        assertThat(app.get(api.order(orderId) + "/captures/" + refund).status()).isEqualTo(404);
        assertThat(app.get(api.order(orderId) + "/something").status()).isEqualTo(404);
    }

    @Test
    void captures_and_refunds_need_items_and_every_line_must_exist_on_the_order() {
        OrderApi api = new OrderApi(app, "T30000003");
        String orderId = api.create("", item(1, 10000, "25")).get("order_id").asText();

        for (String kind : List.of("captures", "refunds")) {
            for (String body : List.of("{}", "{\"items\": []}")) {
                TestService.Answer refused = api.pay(orderId, kind, body);
                assertThat(refused.status()).as(kind + " " + body).isEqualTo(400);
                assertThat(refused.json().at("/error/errors/0/field").asText()).isEqualTo("items");
                assertThat(refused.json().at("/error/message").asText()).isEqualTo("items is required");
            }
        }
        assertThat(api.pay(orderId, "captures", null).status()).isEqualTo(400);
        TestService.Answer missing = api.pay(orderId, "captures", "{\"items\": [{\"line_id\": 1}, {\"amount\": 5}]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("items[0].amount", "items[1].line_id");
        TestService.Answer negative = api.pay(orderId, "captures", payment(1, -5));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(fields(negative)).containsExactly("items[0].amount");
        TestService.Answer fraction = api.pay(orderId, "captures", "{\"items\": [{\"line_id\": 1, \"amount\": 10.5}]}");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.json().at("/error/errors/0/field").asText()).isEqualTo("items[0].amount");
        TestService.Answer badTime = api.pay(orderId, "captures", "{\"items\": [], \"processed_at\": \"noon\"}");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().at("/error/errors/0/field").asText()).isEqualTo("processed_at");

        TestService.Answer unknownLine = api.pay(orderId, "captures", payment(1, 100, 9, 100));
        assertConflict(unknownLine, "UNKNOWN_LINE", "items[1].line_id 9 is not a line of order " + orderId);
        assertThat(fields(unknownLine)).containsExactly("items[1].line_id");
        assertConflict(api.pay(orderId, "authorizations", payment(7, 1)), "UNKNOWN_LINE",
                "items[0].line_id 7 is not a line of order " + orderId);

        // Without an authorization a capture is bounded by the line's net amount.
        assertConflict(api.pay(orderId, "captures", payment(1, 10001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "capture of 10001 on line 1 exceeds the 10000 of the line's net amount not yet captured"
                        + " (nothing is authorized on it)");
        JsonNode order = api.get(orderId).json();
        assertThat(order.get("version").asLong()).as("refusals change nothing").isZero();
        assertThat(order.get("payment_status").asText()).isEqualTo("pending");
    }

    @Test
    void authorizations_and_cancellations_are_bounded_per_line_so_a_line_can_always_still_be_captured() {
        OrderApi api = new OrderApi(app, "T30000011");
        String orderId = api.create("", item(1, 10000, "25"), item(2, 5000, "15")).get("order_id").asText();

        assertConflict(api.pay(orderId, "cancellations", payment(1, 1)), "AMOUNT_EXCEEDS_AVAILABLE",
                "cancellation of 1 on line 1 exceeds the 0 authorized and neither captured nor cancelled");
        assertConflict(api.pay(orderId, "authorizations", payment(1, 10001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "authorization of 10001 on line 1 exceeds the 10000 of the line's net amount not yet authorized");
        captured(api.pay(orderId, "authorizations", payment(1, 6000)));
        assertConflict(api.pay(orderId, "authorizations", payment(1, 3000, 1, 1001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "authorization of 4001 on line 1 exceeds the 4000 of the line's net amount not yet authorized");
        captured(api.pay(orderId, "authorizations", payment(1, 4000, 2, 5000)));

        // The case: a cancellation of 999,999 on a 10,000 line used to be accepted and block the line for good.
        assertConflict(api.pay(orderId, "cancellations", payment(1, 999_999)), "AMOUNT_EXCEEDS_AVAILABLE",
                "cancellation of 999999 on line 1 exceeds the 10000 authorized and neither captured nor cancelled");
        captured(api.pay(orderId, "captures", payment(1, 7000)));
        assertConflict(api.pay(orderId, "cancellations", payment(1, 3001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "cancellation of 3001 on line 1 exceeds the 3000 authorized and neither captured nor cancelled");
        captured(api.pay(orderId, "cancellations", payment(1, 1000)));
        assertConflict(api.pay(orderId, "captures", payment(1, 2001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "capture of 2001 on line 1 exceeds the 2000 authorized and not yet captured");
        captured(api.pay(orderId, "captures", payment(1, 2000)));
        assertConflict(api.pay(orderId, "cancellations", payment(1, 1)), "AMOUNT_EXCEEDS_AVAILABLE",
                "cancellation of 1 on line 1 exceeds the 0 authorized and neither captured nor cancelled");
        // A failed operation is recorded whatever its amount and counts for nothing.
        captured(api.pay(orderId, "cancellations", "{\"items\": [{\"line_id\": 2, \"amount\": 999999}], "
                + "\"success\": false}"));
        captured(api.pay(orderId, "captures", payment(2, 5000)));

        JsonNode order = api.get(orderId).json();
        assertThat(order.get("payment_status").asText()).isEqualTo("partially_paid");
        assertThat(order.get("cancellations")).hasSize(2);
        assertThat(order.get("version").asLong()).as("refusals change nothing").isEqualTo(7);
    }

    @Test
    void a_reversal_line_takes_negative_amounts_within_the_same_bounds() {
        OrderApi api = new OrderApi(app, "T30000012");
        String orderId = api.create("", item(1, 10000, "25"), """
                {"id": "sku", "line_id": 2, "quantity": 1, "gross_amount": -10000, "tax_lines": [{"percentage": 25}],
                 "related_item": {"line_id": 1, "type": "reversed"}}""").get("order_id").asText();

        TestService.Answer positive = api.pay(orderId, "authorizations", payment(2, 100));
        assertThat(positive.status()).as(positive.body()).isEqualTo(400);
        assertThat(positive.json().at("/error/errors/0/field").asText()).isEqualTo("items[0].amount");
        assertThat(positive.json().at("/error/errors/0/message").asText())
                .isEqualTo("items[0].amount must be 0 or less: line 2 is negative");
        assertConflict(api.pay(orderId, "authorizations", payment(2, -10001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "authorization of -10001 on line 2 exceeds the -10000 of the line's net amount not yet authorized");
        captured(api.pay(orderId, "authorizations", payment(2, -10000)));
        assertConflict(api.pay(orderId, "cancellations", payment(2, -10001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "cancellation of -10001 on line 2 exceeds the -10000 authorized and neither captured nor cancelled");
        captured(api.pay(orderId, "cancellations", payment(2, -4000)));
        assertConflict(api.pay(orderId, "captures", payment(2, -6001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "capture of -6001 on line 2 exceeds the -6000 authorized and not yet captured");
        captured(api.pay(orderId, "captures", payment(2, -6000)));
        assertConflict(api.pay(orderId, "refunds", payment(2, -6001)), "AMOUNT_EXCEEDS_AVAILABLE",
                "refund of -6001 on line 2 exceeds the -6000 captured and not yet refunded");
        captured(api.pay(orderId, "refunds", payment(2, -6000)));
    }

    @Test
    void a_failed_operation_is_recorded_but_counts_for_nothing() {
        OrderApi api = new OrderApi(app, "T30000004");
        String orderId = api.create("", item(1, 10000, "25")).get("order_id").asText();
        JsonNode failed = captured(api.pay(orderId, "captures",
                "{\"items\": [{\"line_id\": 1, \"amount\": 99999}], \"success\": false}"));
        assertThat(failed.get("success").asBoolean()).isFalse();
        assertThat(failed.get("amount").asLong()).isEqualTo(99999);
        assertStatus(api, orderId, "pending");
        assertThat(api.operations(orderId, "captures").json().get("captures")).hasSize(1);
        captured(api.pay(orderId, "captures", payment(1, 10000)));
        assertStatus(api, orderId, "paid");
    }

    @Test
    void an_order_with_a_payment_operation_refuses_to_be_replaced_by_a_draft_but_still_takes_appended_items() {
        OrderApi api = new OrderApi(app, "T30000005");
        String orderId = api.create("\"order_id\": \"shop-5\"", item(1, 10000, "25")).get("order_id").asText();
        captured(api.pay(orderId, "captures", payment(1, 10000)));

        String replace = api.drafts().createId("""
                {"order": {"currency": "NOK", "items": [%s]}, "options": {"order_id": "shop-5", "replace": "order"}}"""
                .formatted(item(1, 500, "25")));
        TestService.Answer refused = api.drafts().complete(replace);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("ORDER_HAS_PAYMENT_OPERATIONS");
        assertThat(refused.json().at("/error/message").asText())
                .isEqualTo("order shop-5 has payment operations and cannot be replaced");
        assertThat(api.drafts().get(replace).json().get("status").asText()).as("the draft stays open").isEqualTo("open");
        JsonNode unchanged = api.get(orderId).json();
        assertThat(unchanged.get("gross_amount").asLong()).isEqualTo(10000);
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);

        String append = api.drafts().createId("""
                {"order": {"currency": "NOK", "items": [%s]}, "options": {"order_id": "shop-5"}}"""
                .formatted(item(2, 5000, "25")));
        JsonNode appended = api.drafts().complete(append).json().at("/orders/0");
        assertThat(appended.get("items")).hasSize(2);
        assertThat(appended.get("payment_status").asText()).as("C 10000 < N 15000").isEqualTo("partially_paid");
        assertThat(api.all(api.orders(), "payment_status=partially_paid")).hasSize(1);
    }

    @Test
    void concurrent_captures_of_one_line_never_exceed_it() throws Exception {
        OrderApi api = new OrderApi(app, "T30000006");
        String orderId = api.create("", item(1, 5000, "25")).get("order_id").asText();
        List<Callable<Integer>> captures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            captures.add(() -> api.pay(orderId, "captures", payment(1, 1000)).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> status : pool.invokeAll(captures)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        JsonNode order = api.get(orderId).json();
        assertThat(order.get("payment_status").asText()).isEqualTo("paid");
        assertThat(order.get("version").asLong()).isEqualTo(5);
        assertThat(api.operations(orderId, "captures").json().get("captures")).hasSize(5);
    }

    @Test
    void an_idempotency_key_records_one_capture_and_replays_its_answer() {
        OrderApi api = new OrderApi(app, "T30000007");
        String orderId = api.create("", item(1, 5000, "25")).get("order_id").asText();
        TestService.Answer first = api.pay(orderId, "captures", payment(1, 1000), "Idempotency-Key", "cap-1");
        TestService.Answer again = api.pay(orderId, "captures", payment(1, 1000), "Idempotency-Key", "cap-1");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(api.pay(orderId, "captures", payment(1, 2000), "Idempotency-Key", "cap-1").status()).isEqualTo(422);
        assertThat(api.operations(orderId, "captures").json().get("captures")).hasSize(1);
    }

    private static JsonNode captured(TestService.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void assertStatus(OrderApi api, String orderId, String paymentStatus) {
        assertThat(api.get(orderId).json().get("payment_status").asText()).isEqualTo(paymentStatus);
    }

    private static void assertConflict(TestService.Answer answer, String code, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo(code);
        assertThat(answer.json().at("/error/message").asText()).isEqualTo(message);
    }

    private static List<String> ids(JsonNode operations) {
        List<String> out = new ArrayList<>();
        operations.forEach(op -> out.add(op.get("id").asText()));
        return out;
    }

    private static List<String> fields(TestService.Answer answer) {
        List<String> out = new ArrayList<>();
        answer.json().at("/error/errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }
}
