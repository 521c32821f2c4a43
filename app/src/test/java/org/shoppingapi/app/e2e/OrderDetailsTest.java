package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.OrderApi.item;
import static org.shoppingapi.app.e2e.OrderApi.payment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an order carries beyond its content (SPEC §2): the recorded authorizations, captures, refunds and cancellations,
 * {@code payment_details} as last sent by the client, and, with {@code include_events=true}, its events on every read
 * including the lists.
 */
class OrderDetailsTest {

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(OrderDetailsTest.class);
    }

    @Test
    void an_order_lists_its_payment_operations_and_keeps_the_payment_details_last_sent() {
        OrderApi api = new OrderApi(app, "T40000001");
        String orderId = api.create("\"payment_details\": {\"payment_id\": \"pre-1\", \"psp\": \"own\"}",
                item(1, 10000, "25"), item(2, 5000, "15")).get("order_id").asText();

        JsonNode fresh = api.get(orderId).json();
        assertThat(fresh.at("/payment_details/payment_id").asText()).as("sent with the draft").isEqualTo("pre-1");
        for (String kind : List.of("authorizations", "captures", "refunds", "cancellations")) {
            assertThat(fresh.get(kind)).as(kind).isNotNull().isEmpty();
        }

        String auth = api.pay(orderId, "authorizations", """
                {"items": [{"line_id": 1, "amount": 10000}, {"line_id": 2, "amount": 5000}],
                 "payment_details": {"payment_id": "psp-9", "payment_product": "card"}}""").json().get("id").asText();
        String capture = api.pay(orderId, "captures", payment(1, 10000)).json().get("id").asText();
        String cancellation = api.pay(orderId, "cancellations", payment(2, 5000)).json().get("id").asText();
        String refund = api.pay(orderId, "refunds", payment(1, 2500)).json().get("id").asText();

        for (JsonNode order : List.of(api.get(orderId).json(), api.all(api.orders(), "").get(0))) {
            assertThat(order.at("/authorizations/0/id").asText()).isEqualTo(auth);
            assertThat(order.at("/authorizations/0/amount").asLong()).isEqualTo(15000);
            assertThat(order.at("/authorizations/0/items/1/line_id").asInt()).isEqualTo(2);
            assertThat(order.at("/authorizations/0/_links/0/href").asText())
                    .isEqualTo(api.order(orderId) + "/authorizations/" + auth);
            assertThat(order.at("/captures/0/id").asText()).isEqualTo(capture);
            assertThat(order.at("/cancellations/0/id").asText()).isEqualTo(cancellation);
            assertThat(order.at("/cancellations/0/amount").asLong()).isEqualTo(5000);
            assertThat(order.at("/refunds/0/id").asText()).isEqualTo(refund);
            assertThat(order.at("/refunds/0/amount").asLong()).isEqualTo(2500);
            assertThat(order.at("/payment_details/payment_id").asText()).as("the authorization's, sent last")
                    .isEqualTo("psp-9");
            assertThat(order.at("/payment_details/payment_product").asText()).isEqualTo("card");
        }
    }

    @Test
    void include_events_works_on_every_order_list_and_is_checked_like_on_one_order() {
        OrderApi api = new OrderApi(app, "T40000002");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String orderId = api.create("\"store\": {\"id\": \"s-1\"}, \"customer\": {\"id\": \"c-1\"}",
                    item(1, 1000 + i, "25")).get("order_id").asText();
            ids.add(orderId);
        }
        api.postEvent(ids.get(1), "{\"state\": \"failure\", \"service\": \"kitchen\", \"service_status\": \"burnt\"}");

        for (String list : List.of(api.orders(), api.base() + "/stores/s-1/orders",
                api.base() + "/customers/c-1/orders")) {
            List<JsonNode> withEvents = api.all(list, "include_events=true");
            assertThat(withEvents).as(list).hasSize(3);
            for (JsonNode order : withEvents) {
                boolean burnt = order.get("order_id").asText().equals(ids.get(1));
                assertThat(order.get("events")).as(list).hasSize(burnt ? 2 : 1);
                assertThat(order.at("/events/0/event_type").asText()).isEqualTo("api-event");
                assertThat(order.get("state").asText()).isEqualTo(burnt ? "failure" : "pending");
            }
            for (JsonNode order : api.all(list, "")) {
                assertThat(order.has("events")).as("only when asked for").isFalse();
                assertThat(order.has("state")).isFalse();
            }
            assertThat(api.all(list, "include_events=false").get(0).has("events")).isFalse();
            TestService.Answer bad = app.get(list + "?include_events=maybe");
            assertThat(bad.status()).as(list).isEqualTo(400);
            assertThat(bad.json().at("/error/errors/0/field").asText()).isEqualTo("include_events");
        }
    }

    /** SPEC §5b: without CHECKOUT_URL_TEMPLATE or CHECKOUT_API_URL (as here) no session can start. */
    @Test
    void without_a_provider_starting_a_session_is_409_and_the_reads_still_work() {
        OrderApi api = new OrderApi(app, "T70000001");
        String orderId = PaymentSessionsTest.order(api);

        TestService.Answer refused = PaymentSessionsTest.sessions(app, api, orderId, PaymentSessionsTest.SESSION);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("CHECKOUT_NOT_CONFIGURED");
        TestService.Answer list = app.get(api.order(orderId) + "/sessions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("sessions")).isEmpty();
        assertThat(app.get(api.order(orderId) + "/sessions/nope").status()).isEqualTo(404);
        assertThat(PaymentSessionsTest.sessions(app, api, "no-such-order", PaymentSessionsTest.SESSION).status()).isEqualTo(404);
        assertThat(api.get(orderId).json().get("version").asLong()).isZero();
    }
}
