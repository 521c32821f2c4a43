package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.OrderApi.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;

/** Order events exactly as seed 000 over HTTP and PostgreSQL: the posted event, validation, the list and its state. */
class OrderEventsTest {

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(OrderEventsTest.class);
    }

    @Test
    void a_posted_event_is_answered_as_stored_with_type_id_audit_fields_and_links() throws Exception {
        OrderApi api = new OrderApi(app, "T20000001");
        String orderId = api.create("", item(1, 1000, "25")).get("order_id").asText();
        String seedBody = """
                {"state": "success", "service": "kitchen", "service_status": "ready_for_pickup",
                 "description": "food prepared",
                 "metadata": {"pickup_location": {"latitude": 37.42242, "longitude": -122.08585,
                                                  "postal_code": "0342", "address": "Smallwei"}}}""";

        TestService.Answer posted = api.postEvent(orderId, seedBody);
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        JsonNode event = posted.json();
        assertThat(event.get("event_type").asText()).isEqualTo("service-event");
        assertThat(UUID.fromString(event.get("id").asText())).isNotNull();
        assertThat(event.get("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(event.get("created_by").asText()).isNotBlank();
        assertThat(event.get("state").asText()).isEqualTo("success");
        assertThat(event.get("service").asText()).isEqualTo("kitchen");
        assertThat(event.get("service_status").asText()).isEqualTo("ready_for_pickup");
        assertThat(event.get("description").asText()).isEqualTo("food prepared");
        assertThat(event.get("metadata")).isEqualTo(posted.mapper().readTree(seedBody).get("metadata"));
        assertThat(event.at("/metadata/pickup_location/latitude").decimalValue()).isEqualByComparingTo("37.42242");
        assertThat(event.get("_links")).isNotEmpty();
        assertThat(event.at("/_links/0/href").asText()).isEqualTo(api.order(orderId));
        assertThat(event.has("version")).as("service events carry no api-event fields").isFalse();
        assertThat(event.has("request")).isFalse();

        TestService.Answer listed = api.events(orderId);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode events = listed.json().get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("event_type").asText()).isEqualTo("api-event");
        JsonNode stored = events.get(1);
        for (String field : List.of("id", "event_type", "created_at", "created_by", "state", "service",
                "service_status", "description", "metadata")) {
            assertThat(stored.get(field)).as(field).isEqualTo(event.get(field));
        }
        assertThat(listed.json().get("state").asText()).isEqualTo("success");

        JsonNode order = api.getWithEvents(orderId).json();
        assertThat(order.get("version").asLong()).as("an event is an order change").isEqualTo(1);
        assertThat(order.get("events")).hasSize(2);
        assertThat(order.get("state").asText()).isEqualTo("success");
    }

    @Test
    void state_defaults_to_success_and_bad_events_are_400_naming_the_field() {
        OrderApi api = new OrderApi(app, "T20000002");
        String orderId = api.create("", item(1, 1000, "25")).get("order_id").asText();

        JsonNode plain = api.postEvent(orderId, "{\"service\": \"pos\", \"service_status\": \"printed\"}").json();
        assertThat(plain.get("state").asText()).isEqualTo("success");

        assertRefused(api.postEvent(orderId, "{\"state\": \"done\", \"service\": \"s\", \"service_status\": \"x\"}"),
                "state", "state must be one of error, failure, success, pending");
        assertRefused(api.postEvent(orderId, "{\"service_status\": \"x\"}"), "service", "service is required");
        assertRefused(api.postEvent(orderId, "{\"service\": \"s\", \"service_status\": \" \"}"),
                "service_status", "service_status is required");
        assertRefused(api.postEvent(orderId, "{\"service\": \"s\", \"service_status\": \"x\", \"metadata\": \"m\"}"),
                "metadata", "metadata has a wrong type or format");
        TestService.Answer empty = api.postEvent(orderId, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("service", "service_status");
        assertThat(api.postEvent(orderId, null).status()).isEqualTo(400);
        assertThat(api.events(orderId).json().get("events")).as("refusals add nothing").hasSize(2);
    }

    @Test
    void the_collection_state_follows_pending_then_success_then_failure() {
        OrderApi api = new OrderApi(app, "T20000003");
        String orderId = api.create("", item(1, 1000, "25")).get("order_id").asText();
        assertThat(api.events(orderId).json().get("state").asText()).as("no service event yet").isEqualTo("pending");

        post(api, orderId, "pending", "kitchen", "preparing");
        assertThat(api.events(orderId).json().get("state").asText()).isEqualTo("pending");

        post(api, orderId, "success", "kitchen", "ready_for_pickup");
        assertThat(api.events(orderId).json().get("state").asText()).isEqualTo("success");

        post(api, orderId, "pending", "courier", "on_the_way");
        assertThat(api.events(orderId).json().get("state").asText())
                .as("the latest event of another service is pending").isEqualTo("pending");
        post(api, orderId, "success", "courier", "delivered");
        assertThat(api.events(orderId).json().get("state").asText()).isEqualTo("success");

        post(api, orderId, "failure", "courier", "returned");
        assertThat(api.events(orderId).json().get("state").asText()).isEqualTo("failure");
        post(api, orderId, "success", "courier", "delivered_again");
        assertThat(api.events(orderId).json().get("state").asText()).as("a failure stays").isEqualTo("failure");

        JsonNode events = api.events(orderId).json().get("events");
        List<String> statuses = new ArrayList<>();
        events.forEach(e -> statuses.add(e.path("service_status").asText("-")));
        assertThat(statuses).containsExactly("-", "preparing", "ready_for_pickup", "on_the_way", "delivered",
                "returned", "delivered_again");
        assertThat(api.get(orderId).json().get("version").asLong()).isEqualTo(6);
    }

    @Test
    void the_events_page_through_in_the_order_added_with_the_state_of_all_of_them() {
        OrderApi api = new OrderApi(app, "T20000006");
        String orderId = api.create("", item(1, 1000, "25")).get("order_id").asText();
        assertThat(api.postEvent(orderId, "{\"state\": \"failure\", \"service\": \"psp\", \"service_status\": \"x\"}")
                .status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api.postEvent(orderId, "{\"service\": \"pos\", \"service_status\": \"s" + i + "\"}")
                    .status()).isEqualTo(200);
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            TestService.Answer page = app.get(api.order(orderId) + "/events?limit=2"
                    + (after == null ? "" : "&starting_after=" + after));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().get("events").size()).isBetween(1, 2);
            assertThat(page.json().get("state").asText()).as("over all events, not the page").isEqualTo("failure");
            page.json().get("events").forEach(e -> seen.add(e.path("service_status").asText("api")));
            after = page.json().has("paging_token") ? page.json().get("paging_token").asText() : null;
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("api", "x", "s0", "s1", "s2", "s3");
        assertThat(api.events(orderId).json().get("events")).as("100 per page by default").hasSize(6);
        assertThat(api.events(orderId).json().has("paging_token")).isFalse();

        TestService.Answer badLimit = app.get(api.order(orderId) + "/events?limit=101");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit");
        TestService.Answer unknown = app.get(api.order(orderId) + "/events?starting_after=" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("starting_after");
    }

    @Test
    void an_error_event_makes_the_state_failure_and_an_idempotency_key_adds_one_event() {
        OrderApi api = new OrderApi(app, "T20000004");
        String orderId = api.create("", item(1, 1000, "25")).get("order_id").asText();
        String body = "{\"state\": \"error\", \"service\": \"psp\", \"service_status\": \"timeout\"}";

        TestService.Answer first = app.post(api.order(orderId) + "/events", body, "Idempotency-Key", "evt-1");
        TestService.Answer again = app.post(api.order(orderId) + "/events", body, "Idempotency-Key", "evt-1");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        JsonNode listed = api.events(orderId).json();
        assertThat(listed.get("events")).hasSize(2);
        assertThat(listed.get("state").asText()).isEqualTo("failure");
    }

    @Test
    void the_order_events_scopes_open_the_events_endpoints_and_nothing_else() {
        String account = "T20000005";
        OrderApi api = new OrderApi(app, account);
        String orderId = api.create("", item(1, 1000, "25")).get("order_id").asText();
        String events = api.order(orderId) + "/events";
        String body = "{\"service\": \"pos\", \"service_status\": \"printed\"}";
        String readEvents = bearer(account, Scopes.READ_ORDER_EVENTS);
        String writeEvents = bearer(account, Scopes.WRITE_ORDER_EVENTS);
        String read = bearer(account, Scopes.READ_SHOPPING);

        assertThat(app.get(events, "Authorization", readEvents).status()).isEqualTo(200);
        assertThat(app.post(events, body, "Authorization", readEvents).status()).isEqualTo(403);
        assertThat(app.get(api.order(orderId), "Authorization", readEvents).status()).as("only the events").isEqualTo(403);

        assertThat(app.post(events, body, "Authorization", writeEvents).status()).isEqualTo(200);
        assertThat(app.get(events, "Authorization", writeEvents).status()).isEqualTo(200);
        assertThat(app.send("PUT", api.order(orderId), "{\"comment\": \"x\"}", "Authorization", writeEvents).status())
                .isEqualTo(403);
        assertThat(app.post(api.order(orderId) + "/captures", OrderApi.payment(1, 1), "Authorization", writeEvents)
                .status()).isEqualTo(403);

        assertThat(app.get(events, "Authorization", read).status()).isEqualTo(200);
        assertThat(app.post(events, body, "Authorization", read).status()).isEqualTo(403);
        assertThat(api.events(orderId).json().get("events")).as("one event got through").hasSize(2);
    }

    private static String bearer(String account, String... scopes) {
        RegisteredClient client = app.registerClient(account, scopes);
        return "Bearer " + app.token(account, client.clientId(), client.clientSecret());
    }

    private static void post(OrderApi api, String orderId, String state, String service, String status) {
        TestService.Answer answer = api.postEvent(orderId, "{\"state\": \"" + state + "\", \"service\": \"" + service
                + "\", \"service_status\": \"" + status + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static void assertRefused(TestService.Answer answer, String field, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo(field);
        assertThat(answer.json().at("/error/errors/0/message").asText()).isEqualTo(message);
    }

    private static List<String> fields(TestService.Answer answer) {
        List<String> out = new ArrayList<>();
        answer.json().at("/error/errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }
}
