package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.OrderApi.item;
import static org.shoppingapi.app.e2e.OrderApi.payment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payment sessions (SPEC §5b) end to end with the URL template provider: the answer, what the order keeps, the line
 * and amount checks and the Idempotency-Key.
 */
class PaymentSessionsTest {

    static final String SESSION = """
            {"items": [{"line_id": 1, "amount": 10000}, {"line_id": 2, "amount": 2000}], "profile_id": "P-default",
             "url": {"return_url": "https://shop.example.com/return", "callback_url": "https://shop.example.com/cb"},
             "metadata": {"cart": "c-9"}}""";

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(PaymentSessionsTest.class, Map.of("checkout.url-template",
                "https://pay.example.com/checkout/{session_id}?order={order_id}"));
    }

    @Test
    void the_url_template_answers_where_to_send_the_buyer_and_the_order_keeps_the_session() {
        OrderApi api = new OrderApi(app, "T70000002");
        String orderId = order(api);

        TestService.Answer started = sessions(app, api, orderId, SESSION);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        JsonNode session = started.json();
        String id = session.get("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(session.get("url").asText())
                .isEqualTo("https://pay.example.com/checkout/" + id + "?order=POS%201");
        assertThat(session.get("amount").asLong()).isEqualTo(12000);
        assertThat(session.get("currency").asText()).isEqualTo("NOK");
        assertThat(session.at("/items/1/line_id").asInt()).isEqualTo(2);
        assertThat(session.at("/items/1/amount").asLong()).isEqualTo(2000);
        assertThat(session.get("profile_id").asText()).isEqualTo("P-default");
        assertThat(session.at("/metadata/cart").asText()).isEqualTo("c-9");
        assertThat(session.get("created_at").asText()).isNotBlank();
        assertThat(session.get("created_by").asText()).isEqualTo(TestService.TEST_CLIENT_ID);
        assertThat(session.at("/_links/0/href").asText()).isEqualTo(api.order(orderId) + "/sessions/" + id);

        JsonNode order = api.getWithEvents(orderId).json();
        assertThat(order.get("version").asLong()).as("the session's api-event").isEqualTo(1);
        assertThat(order.at("/events/1/event_type").asText()).isEqualTo("api-event");
        assertThat(order.at("/events/1/request/path").asText())
                .isEqualTo("/v1/accounts/T70000002/shopping/orders/POS 1/sessions");
        assertThat(app.get(api.order(orderId) + "/sessions").json().get("sessions"))
                .containsExactly(session);
        assertThat(app.get(api.order(orderId) + "/sessions/" + id).json()).isEqualTo(session);
        assertThat(app.get(api.order(order.get("id").asText()) + "/sessions/" + id).status())
                .as("the order by its id").isEqualTo(200);
        assertThat(new OrderApi(app, "T70000003").get(orderId).status()).isEqualTo(404);
    }

    @Test
    void a_session_must_name_lines_of_the_order_within_what_is_not_yet_captured() {
        OrderApi api = new OrderApi(app, "T70000004");
        String orderId = order(api);

        assertBad(sessions(app, api, orderId, "{}"), "items");
        assertBad(sessions(app, api, orderId, SESSION.replace("\"profile_id\": \"P-default\",", "")), "profile_id");
        assertBad(sessions(app, api, orderId, SESSION.replace("\"return_url\": \"https://shop.example.com/return\",",
                "")), "url.return_url");
        assertBad(sessions(app, api, orderId, SESSION.replace("\"amount\": 2000", "\"amount\": 0")),
                "items[1].amount");
        assertBad(sessions(app, api, orderId, SESSION.replace("\"line_id\": 2, ", "")), "items[1].line_id");

        TestService.Answer unknown = sessions(app, api, orderId, SESSION.replace("\"line_id\": 2", "\"line_id\": 9"));
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().at("/error/code").asText()).isEqualTo("UNKNOWN_LINE");
        assertThat(api.pay(orderId, "captures", payment(1, 4000)).status()).isEqualTo(200);
        TestService.Answer tooMuch = sessions(app, api, orderId, SESSION);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().at("/error/code").asText()).isEqualTo("AMOUNT_EXCEEDS_AVAILABLE");
        assertThat(tooMuch.json().at("/error/message").asText())
                .isEqualTo("session of 10000 on line 1 exceeds the 6000 of the line's net amount not yet captured");
        assertThat(sessions(app, api, orderId, SESSION.replace("10000", "6000")).status()).isEqualTo(200);
        assertThat(app.get(api.order(orderId) + "/sessions").json().get("sessions")).hasSize(1);
    }

    @Test
    void an_idempotency_key_starts_one_session_and_replays_its_answer() {
        OrderApi api = new OrderApi(app, "T70000005");
        String orderId = order(api);
        TestService.Answer first = sessions(app, api, orderId, SESSION, "Idempotency-Key", "sess-1");
        TestService.Answer again = sessions(app, api, orderId, SESSION, "Idempotency-Key", "sess-1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(sessions(app, api, orderId, SESSION.replace("2000", "1"), "Idempotency-Key", "sess-1").status())
                .isEqualTo(422);
        assertThat(app.get(api.order(orderId) + "/sessions").json().get("sessions")).hasSize(1);
    }

    /** An order "POS 1" of 10000 (chair, 25 %) and 5000 (table, 15 %). */
    static String order(OrderApi api) {
        return api.create("\"order_id\": \"POS 1\"", """
                {"id": "chair", "line_id": 1, "description": "Chair", "quantity": 1, "gross_amount": 10000,
                 "tax_lines": [{"percentage": 25}]}""", item(2, 5000, "15")).get("order_id").asText();
    }

    static TestService.Answer sessions(TestService app, OrderApi api, String orderId, String body,
                                               String... headers) {
        return app.post(api.order(orderId) + "/sessions", body, headers);
    }

    private static void assertBad(TestService.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo(field);
    }
}
