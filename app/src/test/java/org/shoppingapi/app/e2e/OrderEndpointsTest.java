package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.OrderApi.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;

/** The order endpoints of SPEC §2 over HTTP and PostgreSQL: read, lists and their filters, update, status changes. */
class OrderEndpointsTest {

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(OrderEndpointsTest.class);
    }

    @Test
    void an_order_is_read_by_its_custom_order_id_or_its_id_and_events_come_only_when_asked_for() {
        OrderApi api = new OrderApi(app, "T10000001");
        JsonNode created = api.create("\"order_id\": \"kasse 7 nr.12\", \"merchant_reference\": \"m-1\"",
                item(1, 39800, "25"));

        TestService.Answer byOrderId = api.get("kasse 7 nr.12");
        assertThat(byOrderId.status()).as(byOrderId.body()).isEqualTo(200);
        JsonNode order = byOrderId.json();
        assertThat(order.get("order_id").asText()).isEqualTo("kasse 7 nr.12");
        assertThat(order.get("id").asText()).isEqualTo(created.get("id").asText());
        assertThat(order.get("status").asText()).isEqualTo("open");
        assertThat(order.get("payment_status").asText()).isEqualTo("pending");
        assertThat(order.get("version").asLong()).isZero();
        assertThat(order.get("merchant_reference").asText()).isEqualTo("m-1");
        assertThat(order.at("/items/0/tax_lines/0/amount").asLong()).isEqualTo(7960);
        assertThat(order.get("gross_amount").asLong()).isEqualTo(39800);
        assertThat(order.at("/_links/0/href").asText())
                .isEqualTo("/v1/accounts/T10000001/shopping/orders/kasse%207%20nr.12");
        assertThat(order.has("events")).as("only with include_events").isFalse();
        assertThat(order.has("state")).isFalse();

        JsonNode byId = api.get(created.get("id").asText()).json();
        assertThat(byId).isEqualTo(order);

        JsonNode withEvents = api.getWithEvents("kasse 7 nr.12").json();
        assertThat(withEvents.get("events")).hasSize(1);
        assertThat(withEvents.at("/events/0/event_type").asText()).isEqualTo("api-event");
        assertThat(withEvents.get("state").asText()).as("no service events yet").isEqualTo("pending");
        assertThat(app.get(api.order("kasse 7 nr.12") + "?include_events=maybe").status()).isEqualTo(400);
    }

    @Test
    void unknown_and_foreign_orders_are_404_on_every_endpoint_and_a_bad_account_400() {
        OrderApi mine = new OrderApi(app, "T10000002");
        String orderId = mine.create("", item(1, 1000, "25")).get("order_id").asText();
        OrderApi other = new OrderApi(app, "T10000003");
        String capture = mine.pay(orderId, "captures", OrderApi.payment(1, 100)).json().get("id").asText();

        for (String ref : List.of("no-such-order", orderId)) {
            List<TestService.Answer> answers = List.of(other.get(ref), other.update(ref, "{\"comment\": \"x\"}"),
                    other.action(ref, "open", "{}"), other.action(ref, "close", null),
                    other.action(ref, "cancel", "{}"), other.events(ref),
                    other.postEvent(ref, "{\"service\": \"s\", \"service_status\": \"ok\"}"),
                    other.operations(ref, "captures"), other.pay(ref, "captures", OrderApi.payment(1, 1)),
                    app.get(other.order(ref) + "/captures/" + capture),
                    app.get(other.base() + "/stores/any/orders/" + ref));
            for (TestService.Answer answer : answers) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(404);
                assertThat(answer.json().at("/error/code").asText()).isEqualTo("NOT_FOUND");
            }
        }
        assertThat(app.get(mine.order(orderId) + "/captures/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(app.get(mine.order(orderId) + "/refunds/" + capture).status())
                .as("a capture's id is no refund").isEqualTo(404);
        TestService.Answer badId = app.get(mine.order(orderId) + "/captures/not-a-uuid");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().at("/error/errors/0/field").asText()).isEqualTo("operation_id");
        TestService.Answer badAccount = app.get("/v1/accounts/X1/shopping/orders/" + orderId);
        assertThat(badAccount.status()).isEqualTo(400);
        assertThat(badAccount.json().at("/error/errors/0/field").asText()).isEqualTo("aid");
        assertThat(mine.get(orderId).json().get("version").asLong()).as("the 404s changed nothing").isEqualTo(1);
    }

    @Test
    void lists_filter_by_status_payment_status_and_created_at_newest_first_with_paging() {
        OrderApi api = new OrderApi(app, "T10000004");
        JsonNode a = api.create("", item(1, 1000, "25"));
        JsonNode b = api.create("", item(1, 2000, "25"));
        JsonNode c = api.create("", item(1, 3000, "25"));
        JsonNode d = api.create("", item(1, 4000, "25"));
        api.action(id(b), "close", null);
        api.action(id(c), "cancel", "{\"cancelled_reason\": \"customer left\"}");
        api.pay(id(d), "captures", OrderApi.payment(1, 4000));

        List<JsonNode> all = api.all(api.orders(), "");
        assertThat(ids(all)).containsExactly(id(d), id(c), id(b), id(a));
        assertThat(all.get(0).has("events")).as("lists carry no events").isFalse();
        assertThat(ids(api.all(api.orders(), "status=open"))).containsExactly(id(d), id(a));
        assertThat(ids(api.all(api.orders(), "status=closed"))).containsExactly(id(b));
        assertThat(ids(api.all(api.orders(), "status=cancelled"))).containsExactly(id(c));
        assertThat(ids(api.all(api.orders(), "payment_status=paid"))).containsExactly(id(d));
        assertThat(ids(api.all(api.orders(), "payment_status=pending"))).containsExactly(id(c), id(b), id(a));
        assertThat(ids(api.all(api.orders(), "status=open&payment_status=pending"))).containsExactly(id(a));

        // Orders made in one millisecond share created_at, so the expectation is computed from the timestamps.
        Instant from = Instant.parse(b.get("created_at").asText());
        Instant to = Instant.parse(c.get("created_at").asText());
        List<String> expected = all.stream().filter(o -> {
            Instant at = Instant.parse(o.get("created_at").asText());
            return !at.isBefore(from) && !at.isAfter(to);
        }).map(OrderEndpointsTest::id).toList();
        assertThat(expected).contains(id(b), id(c));
        assertThat(ids(api.all(api.orders(), "created_at.gte=" + from + "&created_at.lte=" + to)))
                .containsExactlyElementsOf(expected);
        assertThat(api.all(api.orders(), "created_at.gte=2999-01-01T00:00:00Z")).isEmpty();

        TestService.Answer page1 = api.list("limit=3");
        assertThat(ids(page1.json().get("orders"))).containsExactly(id(d), id(c), id(b));
        String token = page1.json().get("paging_token").asText();
        TestService.Answer page2 = api.list("limit=3&starting_after=" + token);
        assertThat(ids(page2.json().get("orders"))).containsExactly(id(a));
        assertThat(page2.json().has("paging_token")).isFalse();

        assertThat(ids(api.list("").json().get("orders"))).as("limit defaults to 10")
                .containsExactly(id(d), id(c), id(b), id(a));
        for (String[] bad : new String[][]{{"status=lost", "status"}, {"payment_status=free", "payment_status"},
                {"limit=0", "limit"}, {"limit=101", "limit"}, {"limit=x", "limit"},
                {"created_at.gte=yesterday", "created_at.gte"}, {"starting_after=zzz", "starting_after"},
                {"created_at.gte=2026-02-01T00:00:00Z&created_at.lte=2026-01-01T00:00:00Z", "created_at.gte"}}) {
            TestService.Answer refused = api.list(bad[0]);
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.json().at("/error/errors/0/field").asText()).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void store_and_customer_routes_list_and_read_only_their_own_orders() {
        OrderApi api = new OrderApi(app, "T10000005");
        // One draft split into two store orders; another order for a second customer without a store.
        String draft = api.drafts().createId("""
                {"order": {"currency": "NOK", "customer": {"id": "c-1"}, "store": {"id": "s-1"},
                  "items": [%s, {"line_id": 2, "gross_amount": 500, "tax_lines": [], "store": {"id": "s-2"}}]}}"""
                .formatted(item(1, 1000, "25")));
        JsonNode split = api.drafts().complete(draft).json().get("orders");
        String s1 = split.get(0).get("id").asText();
        String s2 = split.get(1).get("id").asText();
        assertThat(split.get(1).at("/store/id").asText()).isEqualTo("s-2");
        String noStore = id(api.create("\"customer\": {\"id\": \"c-2\"}", item(1, 100, "0")));
        api.action(s2, "close", null);

        String stores = api.base() + "/stores/";
        assertThat(ids(api.all(stores + "s-1/orders", ""))).containsExactly(s1);
        assertThat(ids(api.all(stores + "s-2/orders", ""))).containsExactly(s2);
        assertThat(ids(api.all(stores + "s-2/orders", "status=open"))).isEmpty();
        assertThat(api.all(stores + "s-3/orders", "")).isEmpty();
        TestService.Answer one = app.get(stores + "s-1/orders/" + s1 + "?include_events=true");
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().get("id").asText()).isEqualTo(s1);
        assertThat(one.json().get("events")).hasSize(1);
        assertThat(app.get(stores + "s-1/orders/" + s2).status()).as("another store's order").isEqualTo(404);
        assertThat(app.get(stores + "s-1/orders/" + noStore).status()).isEqualTo(404);
        assertThat(app.get(stores + "s-1/orders?status=bad").status()).isEqualTo(400);

        String customers = api.base() + "/customers/";
        // The split orders share created_at; their order is then by id, so it is not asserted.
        assertThat(ids(api.all(customers + "c-1/orders", ""))).containsExactlyInAnyOrder(s1, s2);
        assertThat(ids(api.all(customers + "c-1/orders", "status=closed"))).containsExactly(s2);
        assertThat(ids(api.all(customers + "c-2/orders", ""))).containsExactly(noStore);
        assertThat(api.all(customers + "c-3/orders", "")).isEmpty();
        TestService.Answer paged = app.get(customers + "c-1/orders?limit=1");
        List<String> firstPage = ids(paged.json().get("orders"));
        List<String> secondPage = ids(app.get(customers + "c-1/orders?limit=1&starting_after="
                + paged.json().get("paging_token").asText()).json().get("orders"));
        assertThat(firstPage).hasSize(1);
        assertThat(secondPage).hasSize(1);
        assertThat(List.of(firstPage.get(0), secondPage.get(0))).containsExactlyInAnyOrder(s1, s2);
    }

    @Test
    void put_changes_only_the_settable_fields_it_names_and_bumps_the_version() {
        OrderApi api = new OrderApi(app, "T10000006");
        String orderId = id(api.create("""
                "merchant_reference": "m-6", "comment": "first", "shipping_address": {"city": "Oslo"},
                "metadata": {"a": 1}""", item(1, 1000, "25")));

        TestService.Answer updated = api.update(orderId, """
                {"comment": "second", "courier_id": "postnord", "delivery_at": "2026-07-01T10:00:00Z",
                 "external_ids": ["x-1"], "metadata": {"b": {"c": null}},
                 "id": "ignored", "status": "ignored", "version": 99, "unknown_field": 1}""");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode order = updated.json();
        assertThat(order.get("comment").asText()).isEqualTo("second");
        assertThat(order.get("courier_id").asText()).isEqualTo("postnord");
        assertThat(order.get("delivery_at").asText()).isEqualTo("2026-07-01T10:00:00Z");
        assertThat(order.at("/external_ids/0").asText()).isEqualTo("x-1");
        assertThat(order.at("/metadata/b").has("c")).as("a JSON null in metadata is data").isTrue();
        assertThat(order.at("/metadata/a").isMissingNode()).as("metadata is replaced as a whole").isTrue();
        assertThat(order.get("merchant_reference").asText()).as("absent: unchanged").isEqualTo("m-6");
        assertThat(order.at("/shipping_address/city").asText()).isEqualTo("Oslo");
        assertThat(order.get("id").asText()).isEqualTo(orderId);
        assertThat(order.get("status").asText()).isEqualTo("open");
        assertThat(order.get("version").asLong()).isEqualTo(1);
        assertThat(api.get(orderId).json()).isEqualTo(order);

        JsonNode cleared = api.update(orderId, "{\"comment\": null}").json();
        assertThat(cleared.has("comment")).isFalse();
        assertThat(cleared.get("courier_id").asText()).isEqualTo("postnord");
        JsonNode events = api.getWithEvents(orderId).json().get("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(2).get("version").asLong()).isEqualTo(2);
        assertThat(events.get(2).at("/request/method").asText()).isEqualTo("PUT");

        TestService.Answer fixed = api.update(orderId, "{\"items\": [], \"comment\": \"x\"}");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(400);
        assertThat(fixed.json().at("/error/errors/0/field").asText()).isEqualTo("items");
        assertThat(fixed.json().at("/error/message").asText()).isEqualTo("items cannot be changed after the order is created");
        TestService.Answer wrongType = api.update(orderId, "{\"shipping_address\": \"Oslo\"}");
        assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);
        assertThat(wrongType.json().at("/error/errors/0/field").asText()).isEqualTo("shipping_address");
        TestService.Answer numberAsText = api.update(orderId, "{\"comment\": 1e305}");
        assertThat(numberAsText.status()).as("a text field takes text, not a number turned into text")
                .isEqualTo(400);
        assertThat(numberAsText.json().at("/error/errors/0/field").asText()).isEqualTo("comment");
        assertThat(api.update(orderId, "[1]").status()).isEqualTo(400);
        assertThat(api.update(orderId, "{not json").status()).isEqualTo(400);
        assertThat(api.get(orderId).json().get("version").asLong()).as("refusals change nothing").isEqualTo(2);
    }

    @Test
    void close_open_and_cancel_change_the_status_and_a_cancelled_order_stays_cancelled() {
        OrderApi api = new OrderApi(app, "T10000007");
        String orderId = id(api.create("", item(1, 1000, "25")));

        TestService.Answer closed = api.action(orderId, "close", null);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("closed");
        assertThat(closed.json().get("closed_at").asText()).isNotBlank();
        assertThat(closed.json().get("closed_by").asText()).isNotBlank();
        assertThat(closed.json().get("version").asLong()).isEqualTo(1);
        assertThat(api.action(orderId, "close", "{}").json().get("version").asLong())
                .as("closing a closed order changes nothing").isEqualTo(1);

        JsonNode reopened = api.action(orderId, "open", "{}").json();
        assertThat(reopened.get("status").asText()).isEqualTo("open");
        assertThat(reopened.has("closed_at")).isFalse();
        assertThat(reopened.get("version").asLong()).isEqualTo(2);

        TestService.Answer cancelled = api.action(orderId, "cancel", "{\"cancelled_reason\": \"out of stock\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("cancelled_reason").asText()).isEqualTo("out of stock");
        assertThat(cancelled.json().get("cancelled_at").asText()).isNotBlank();
        assertThat(cancelled.json().get("version").asLong()).isEqualTo(3);
        assertThat(api.getWithEvents(orderId).json().get("events")).hasSize(4);

        for (TestService.Answer refused : List.of(api.action(orderId, "open", null), api.action(orderId, "close", null),
                api.update(orderId, "{\"comment\": \"late\"}"))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().at("/error/code").asText()).isEqualTo("ORDER_CANCELLED");
        }
        String intoCancelled = api.drafts().createId("""
                {"order": {"currency": "NOK", "items": [%s]}, "options": {"order_id": "%s"}}"""
                .formatted(item(2, 100, "25"), orderId));
        TestService.Answer completion = api.drafts().complete(intoCancelled);
        assertThat(completion.status()).as(completion.body()).isEqualTo(409);
        assertThat(completion.json().at("/error/code").asText()).isEqualTo("ORDER_NOT_OPEN");
        assertThat(api.get(orderId).json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void read_scope_reads_every_order_route_and_only_a_write_scope_changes_an_order() {
        String account = "T10000008";
        OrderApi api = new OrderApi(app, account);
        String orderId = id(api.create("\"store\": {\"id\": \"s-8\"}, \"customer\": {\"id\": \"c-8\"}",
                item(1, 1000, "25")));
        String capture = api.pay(orderId, "captures", OrderApi.payment(1, 100)).json().get("id").asText();
        String read = bearer(account, Scopes.READ_SHOPPING);
        String write = bearer(account, Scopes.WRITE_SHOPPING);

        for (String path : List.of(api.order(orderId), api.order(orderId) + "?include_events=true", api.orders(),
                api.order(orderId) + "/events", api.order(orderId) + "/captures",
                api.order(orderId) + "/captures/" + capture, api.base() + "/stores/s-8/orders",
                api.base() + "/stores/s-8/orders/" + orderId, api.base() + "/customers/c-8/orders",
                api.base() + "/customers/c-8/orders/" + orderId, api.order(orderId) + "/sessions")) {
            assertThat(app.get(path, "Authorization", read).status()).as(path).isEqualTo(200);
            assertThat(app.anonymous().get(path).status()).as(path).isEqualTo(401);
        }
        List<String[]> writes = List.of(new String[]{"PUT", "", "{\"comment\": \"c\"}"},
                new String[]{"POST", "/close", "{}"}, new String[]{"POST", "/open", "{}"},
                new String[]{"POST", "/captures", OrderApi.payment(1, 1)},
                new String[]{"POST", "/refunds", OrderApi.payment(1, 1)},
                new String[]{"POST", "/authorizations", "{}"}, new String[]{"POST", "/cancellations", "{}"},
                new String[]{"POST", "/cancel", "{}"});
        for (String[] change : writes) {
            String path = api.order(orderId) + change[1];
            TestService.Answer refused = app.send(change[0], path, change[2], "Authorization", read);
            assertThat(refused.status()).as(change[0] + " " + path).isEqualTo(403);
        }
        assertThat(app.post(api.order(orderId) + "/sessions", "{}", "Authorization", read).status())
                .as("starting a payment session is a write").isEqualTo(403);
        assertThat(api.get(orderId).json().get("version").asLong()).as("403s change nothing").isEqualTo(1);
        for (String[] change : writes) {
            String path = api.order(orderId) + change[1];
            TestService.Answer done = app.send(change[0], path, change[2], "Authorization", write);
            assertThat(done.status()).as(change[0] + " " + path + ": " + done.body()).isEqualTo(200);
        }
        assertThat(app.get(new OrderApi(app, "T10000009").order(orderId), "Authorization", read).status())
                .as("a token of another account").isEqualTo(403);
    }

    private static String bearer(String account, String... scopes) {
        RegisteredClient client = app.registerClient(account, scopes);
        return "Bearer " + app.token(account, client.clientId(), client.clientSecret());
    }

    private static String id(JsonNode order) {
        return order.get("id").asText();
    }

    private static List<String> ids(Iterable<JsonNode> orders) {
        List<String> out = new java.util.ArrayList<>();
        orders.forEach(o -> out.add(id(o)));
        return out;
    }
}
