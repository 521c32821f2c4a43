package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.app.e2e.TestReceiver.await;
import static org.shoppingapi.app.e2e.WebhookTesting.DRAFT;
import static org.shoppingapi.app.e2e.WebhookTesting.expectedSignature;
import static org.shoppingapi.app.e2e.WebhookTesting.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;

/**
 * Webhooks over real HTTP and PostgreSQL, with a local receiver: subscriptions and their validation, signed
 * deliveries, retries, final refusals, timeouts, rollbacks and cancellation. Each test uses an account of its own,
 * so one test's events never reach another's receiver paths.
 */
class WebhooksTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final AtomicInteger ACCOUNTS = new AtomicInteger(10_000_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    static TestService app;
    @AutoClose
    static TestReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new TestReceiver();
        app = TestService.start(WebhooksTest.class, WebhookTesting.FAST);
    }

    private static String account() {
        return "T" + ACCOUNTS.incrementAndGet();
    }

    private static String hooks(String account) {
        return "/v1/accounts/" + account + "/hooks/subscriptions";
    }

    private static String subscribe(String account, String path, String secret, String... events) {
        TestService.Answer created = app.post(hooks(account), subscription(receiver.url(path), secret, events));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("id").asText();
    }

    private static String createDraft(String account) {
        TestService.Answer draft = app.post("/v1/accounts/" + account + "/shopping/draft_orders", DRAFT);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        return draft.json().get("id").asText();
    }

    private static JsonNode deliveries(String account, String subscription) {
        TestService.Answer log = app.get(hooks(account) + "/" + subscription + "/deliveries");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json().get("deliveries");
    }

    /** Waits until the subscription's only delivery has left {@code pending}, and returns it. */
    private static JsonNode settledDelivery(String account, String subscription) {
        await("the delivery is settled", PATIENCE, () -> {
            JsonNode log = deliveries(account, subscription);
            return log.size() == 1 && !log.get(0).get("status").asText().equals("pending");
        });
        return deliveries(account, subscription).get(0);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("receiver got no JSON", e);
        }
    }

    @Test
    void a_subscription_is_created_listed_read_and_deleted_and_its_secret_never_shown() {
        String account = account();
        String secret = "never-shown-" + UUID.randomUUID();
        TestService.Answer created = app.post(hooks(account), subscription("https://example.com/hook", secret,
                "shopping_order_update", "shopping_draft_add"));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode s = created.json();
        String id = s.get("id").asText();
        assertThat(s.at("/config/url").asText()).isEqualTo("https://example.com/hook");
        assertThat(s.at("/config/content_type").asText()).isEqualTo("application/json");
        assertThat(s.at("/config").has("secret")).isFalse();
        assertThat(s.get("events")).extracting(JsonNode::asText)
                .containsExactly("shopping_draft_add", "shopping_order_update");
        assertThat(s.get("created_by").asText()).isNotBlank();
        assertThat(Instant.parse(s.get("created_at").asText())).isNotNull();
        assertThat(s.at("/_links/0/href").asText()).isEqualTo(hooks(account) + "/" + id);
        assertThat(s.at("/_links/1/rel").asText()).isEqualTo("deliveries");

        TestService.Answer read = app.get(hooks(account) + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(s);
        String second = subscribe(account, "/unused", "x", "shopping_draft_update");
        TestService.Answer list = app.get(hooks(account));
        assertThat(list.json().get("subscriptions")).extracting(n -> n.get("id").asText()).containsExactly(second, id);
        assertThat(list.json().has("paging_token")).isFalse();
        TestService.Answer page1 = app.get(hooks(account) + "?limit=1");
        assertThat(page1.json().get("subscriptions")).hasSize(1);
        String token = page1.json().get("paging_token").asText();
        TestService.Answer page2 = app.get(hooks(account) + "?limit=1&starting_after=" + token);
        assertThat(page2.json().get("subscriptions")).extracting(n -> n.get("id").asText()).containsExactly(id);
        for (TestService.Answer answer : List.of(created, read, list, page1, page2)) {
            assertThat(answer.body()).doesNotContain(secret).doesNotContain("\"secret\"");
        }

        TestService.Answer deleted = app.delete(hooks(account) + "/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("deleted_at").asText()).isNotBlank();
        assertThat(deleted.json().get("deleted_by").asText()).isNotBlank();
        assertThat(deleted.body()).doesNotContain(secret);
        assertThat(app.get(hooks(account) + "/" + id).status()).isEqualTo(404);
        assertThat(app.delete(hooks(account) + "/" + id).status()).isEqualTo(404);
        assertThat(app.get(hooks(account)).json().get("subscriptions")).hasSize(1);
        assertThat(app.get(hooks(account()) + "/" + second).status()).as("another account's").isEqualTo(404);
    }

    @Test
    void hooks_take_a_hooks_scope_or_admin_shopping_and_created_by_is_the_client() {
        String account = account();
        String body = subscription("https://example.com/hook", "s", "shopping_draft_add");
        for (String scope : List.of(Scopes.ADMIN_HOOKS, Scopes.WRITE_HOOKS, Scopes.ADMIN_SHOPPING)) {
            RegisteredClient client = app.registerClient(account, scope);
            String auth = "Bearer " + app.token(account, client.clientId(), client.clientSecret());
            TestService.Answer created = app.post(hooks(account), body, "Authorization", auth);
            assertThat(created.status()).as(scope + ": " + created.body()).isEqualTo(200);
            assertThat(created.json().get("created_by").asText()).isEqualTo(client.clientId());
            String id = created.json().get("id").asText();
            assertThat(app.get(hooks(account) + "/" + id + "/deliveries", "Authorization", auth).status())
                    .isEqualTo(200);
            TestService.Answer deleted = app.delete(hooks(account) + "/" + id, "Authorization", auth);
            assertThat(deleted.json().get("deleted_by").asText()).isEqualTo(client.clientId());
        }
        for (String scope : List.of(Scopes.READ_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.ADMIN_DISCOUNTS)) {
            RegisteredClient client = app.registerClient(account, scope);
            String auth = "Bearer " + app.token(account, client.clientId(), client.clientSecret());
            assertThat(app.post(hooks(account), body, "Authorization", auth).status()).as(scope).isEqualTo(403);
            assertThat(app.get(hooks(account), "Authorization", auth).status()).as(scope).isEqualTo(403);
        }
        assertThat(app.anonymous().get(hooks(account)).status()).isEqualTo(401);
    }

    @Test
    void bad_subscriptions_and_list_parameters_are_400_naming_the_field() {
        String account = account();
        assertField(app.post(hooks(account), subscription("ftp://example.com/x", "s", "shopping_draft_add")),
                "config.url");
        assertField(app.post(hooks(account), subscription("/relative", "s", "shopping_draft_add")), "config.url");
        TestService.Answer unknown = app.post(hooks(account),
                subscription("https://example.com", "s", "shopping_draft_add", "shopping_draft_delete"));
        assertField(unknown, "events[1]");
        assertThat(unknown.json().at("/error/message").asText()).startsWith("events[1] must be one of shopping_draft_add");
        assertField(app.post(hooks(account), """
                {"config": {"url": "https://example.com", "content_type": "text/xml", "secret": "s"},
                 "events": ["shopping_draft_add"]}"""), "config.content_type");
        assertField(app.post(hooks(account), """
                {"config": {"url": "https://example.com"}, "events": []}"""), "config.secret");
        assertField(app.post(hooks(account), "{\"events\": [\"shopping_draft_add\"]}"), "config");
        assertField(app.post(hooks(account), """
                {"config": {"url": "https://example.com", "secret": "s"}, "events": "shopping_draft_add"}"""), "events");
        assertField(app.get(hooks(account) + "?limit=abc"), "limit");
        assertField(app.get(hooks(account) + "?limit=101"), "limit");
        assertField(app.get(hooks(account) + "?starting_after=nope"), "starting_after");
        assertField(app.get(hooks(account) + "/not-a-uuid"), "id");
        assertField(app.get("/v1/accounts/X1/hooks/subscriptions"), "aid");
        assertThat(app.get(hooks(account) + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(app.get(hooks(account) + "/" + UUID.randomUUID() + "/deliveries").status()).isEqualTo(404);
    }

    private static void assertField(TestService.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().at("/error/errors/0/field").asText()).as(answer.body()).isEqualTo(field);
    }

    @Test
    void a_new_draft_is_delivered_once_signed_over_the_raw_body_with_the_draft_as_get_shows_it() {
        String account = account();
        String secret = "whsec-" + UUID.randomUUID();
        String subscription = subscribe(account, "/signed", secret, "shopping_draft_add");
        String unrelated = subscribe(account, "/unrelated", "x", "shopping_order_update");

        String draftId = createDraft(account);

        JsonNode delivery = settledDelivery(account, subscription);
        assertThat(delivery.get("status").asText()).isEqualTo("delivered");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("last_response_code").asInt()).isEqualTo(200);
        assertThat(delivery.get("event").asText()).isEqualTo("shopping_draft_add");
        assertThat(delivery.has("delivered_at")).isTrue();
        List<TestReceiver.Request> requests = receiver.requests("/signed");
        assertThat(requests).hasSize(1);
        TestReceiver.Request request = requests.get(0);
        assertThat(request.header("event-signature")).isEqualTo(expectedSignature(secret, request.body()));
        assertThat(request.header("event-signature")).isNotEqualTo(expectedSignature("wrong", request.body()));
        assertThat(request.header("event")).isEqualTo("shopping_draft_add");
        assertThat(request.header("event-delivery")).isEqualTo(delivery.get("id").asText());
        assertThat(request.header("Content-Type")).isEqualTo("application/json");

        JsonNode body = parse(request.body());
        assertThat(body.get("account_id").asText()).isEqualTo(account);
        assertThat(body.get("event").asText()).isEqualTo("shopping_draft_add");
        assertThat(body.get("event_delivery").asText()).isEqualTo(request.header("event-delivery"));
        JsonNode asGetShowsIt = app.get("/v1/accounts/" + account + "/shopping/draft_orders/" + draftId).json();
        assertThat(body.get("draft")).isEqualTo(asGetShowsIt);
        assertThat(body.at("/draft/order/net_amount").asLong()).isEqualTo(27840);

        assertThat(deliveries(account, unrelated)).as("not subscribed to shopping_draft_add").isEmpty();
        assertThat(receiver.requests("/unrelated")).isEmpty();
    }

    @Test
    void every_draft_and_order_change_is_delivered_as_its_event_with_its_resource() {
        String account = account();
        String subscription = subscribe(account, "/everything", "s", "shopping_draft_add", "shopping_draft_update",
                "shopping_draft_complete", "shopping_order_update", "shopping_order_event_add");
        OrderApi orders = new OrderApi(app, account);
        DraftApi drafts = orders.drafts();

        String kept = drafts.createId(DraftApi.draftBody(DraftApi.item(1, 10000, "25")));
        String dropped = drafts.createId(DraftApi.draftBody(DraftApi.item(1, 500, "25")));
        assertThat(drafts.update(kept, DraftApi.draftBody(DraftApi.item(1, 12000, "25"))).status()).isEqualTo(200);
        assertThat(drafts.addItem(kept, DraftApi.item(2, 8000, "25")).status()).isEqualTo(200);
        assertThat(drafts.delete(dropped).status()).isEqualTo(200);
        TestService.Answer completed = drafts.complete(kept);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        String orderId = completed.json().at("/orders/0/order_id").asText();
        assertThat(orders.update(orderId, "{\"comment\": \"ring twice\"}").status()).isEqualTo(200);
        assertThat(orders.postEvent(orderId, """
                {"service": "picking", "service_status": "started", "state": "pending"}""").status()).isEqualTo(200);
        assertThat(orders.pay(orderId, "captures", OrderApi.payment(1, 12000, 2, 8000)).status()).isEqualTo(200);

        await("nine deliveries are delivered", PATIENCE, () -> {
            JsonNode log = deliveries(account, subscription);
            int delivered = 0;
            for (JsonNode d : log) {
                delivered += d.get("status").asText().equals("delivered") ? 1 : 0;
            }
            return log.size() == 9 && delivered == 9;
        });
        List<JsonNode> bodies = receiver.requests("/everything").stream().map(r -> parse(r.body())).toList();
        assertThat(bodies).extracting(b -> b.get("event").asText()).containsExactlyInAnyOrder(
                "shopping_draft_add", "shopping_draft_add", "shopping_draft_update", "shopping_draft_update",
                "shopping_draft_update", "shopping_draft_complete", "shopping_order_update",
                "shopping_order_event_add", "shopping_order_update");
        assertThat(ofEvent(bodies, "shopping_draft_update")).extracting(b -> b.at("/draft/version").asLong())
                .containsExactlyInAnyOrder(1L, 2L, 1L);
        assertThat(ofEvent(bodies, "shopping_draft_update")).extracting(b -> b.at("/draft/status").asText())
                .containsExactlyInAnyOrder("open", "open", "deleted");
        JsonNode completion = ofEvent(bodies, "shopping_draft_complete").get(0);
        assertThat(completion.at("/draft/status").asText()).isEqualTo("completed");
        assertThat(completion.get("orders")).hasSize(1);
        assertThat(completion.at("/orders/0/order_id").asText()).isEqualTo(orderId);
        assertThat(completion.at("/orders/0/net_amount").asLong()).isEqualTo(20000);
        JsonNode eventAdded = ofEvent(bodies, "shopping_order_event_add").get(0);
        assertThat(eventAdded.get("order_id").asText()).isEqualTo(orderId);
        assertThat(eventAdded.at("/order_event/event_type").asText()).isEqualTo("service-event");
        assertThat(eventAdded.at("/order_event/service").asText()).isEqualTo("picking");
        assertThat(eventAdded.at("/order_event/state").asText()).isEqualTo("pending");
        assertThat(ofEvent(bodies, "shopping_order_update")).extracting(b -> b.at("/order/comment").asText())
                .containsOnly("ring twice");
        assertThat(ofEvent(bodies, "shopping_order_update")).extracting(b -> b.at("/order/payment_status").asText())
                .containsExactlyInAnyOrder("pending", "paid");
    }

    private static List<JsonNode> ofEvent(List<JsonNode> bodies, String event) {
        return bodies.stream().filter(b -> b.get("event").asText().equals(event)).toList();
    }

    @Test
    void server_errors_are_retried_with_the_same_body_until_the_receiver_takes_it() {
        String account = account();
        receiver.script("/flaky", 500, 502, 200);
        String subscription = subscribe(account, "/flaky", "s", "shopping_draft_add");
        createDraft(account);

        JsonNode delivery = settledDelivery(account, subscription);
        assertThat(delivery.get("status").asText()).isEqualTo("delivered");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.get("last_response_code").asInt()).isEqualTo(200);
        List<TestReceiver.Request> requests = receiver.requests("/flaky");
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(r -> r.header("event-delivery")).containsOnly(delivery.get("id").asText());
        assertThat(requests.get(2).text()).isEqualTo(requests.get(0).text());
    }

    @Test
    void a_400_is_final_but_a_429_is_retried() {
        String account = account();
        receiver.script("/refuses", 400);
        receiver.script("/busy", 429, 200);
        String refused = subscribe(account, "/refuses", "s", "shopping_draft_add");
        String busy = subscribe(account, "/busy", "s", "shopping_draft_add");
        createDraft(account);

        JsonNode failed = settledDelivery(account, refused);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("last_response_code").asInt()).isEqualTo(400);
        assertThat(failed.get("last_error").asText()).isEqualTo("HTTP 400");
        assertThat(failed.has("next_attempt_at")).isFalse();
        assertThat(receiver.requests("/refuses")).hasSize(1);

        JsonNode retried = settledDelivery(account, busy);
        assertThat(retried.get("status").asText()).isEqualTo("delivered");
        assertThat(retried.get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void attempts_stop_at_the_configured_maximum() {
        String account = account();
        receiver.script("/down", 503, 503, 503, 503, 503, 503);
        String subscription = subscribe(account, "/down", "s", "shopping_draft_add");
        createDraft(account);

        JsonNode delivery = settledDelivery(account, subscription);
        assertThat(delivery.get("status").asText()).isEqualTo("failed");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
        assertThat(delivery.get("last_response_code").asInt()).isEqualTo(503);
        assertThat(receiver.requests("/down")).hasSize(4);
    }

    @Test
    void a_receiver_that_does_not_answer_within_the_timeout_is_tried_again() {
        String account = account();
        receiver.script("/slow", TestReceiver.HANG, 200);
        String subscription = subscribe(account, "/slow", "s", "shopping_draft_add");
        createDraft(account);

        await("the first attempt timed out", PATIENCE, () -> {
            JsonNode log = deliveries(account, subscription);
            return log.size() == 1 && log.get(0).path("last_error").asText().startsWith("timed out");
        });
        JsonNode delivery = settledDelivery(account, subscription);
        assertThat(delivery.get("status").asText()).isEqualTo("delivered");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void a_change_that_rolls_back_after_writing_its_event_delivers_nothing() {
        String account = account();
        String subscription = subscribe(account, "/rollback", "s", "shopping_draft_add");
        Item chair = Item.of("chair", 1, "Chair", BigDecimal.ONE, 39800, List.of(TaxLine.of("25")));
        Draft ghost = Draft.create(UUID.randomUUID(), account, OrderContent.of("NOK", List.of(chair)), null,
                new ChangeContext(Instant.now(), "test", new ChangeSource("/test", "POST"), UUID.randomUUID()));
        var wiring = app.service().wiring();

        assertThatThrownBy(() -> wiring.transactions().inTransaction(() -> {
            wiring.webhookOutbox().draftAdded(ghost);
            throw new IllegalStateException("the change fails after its outbox write");
        })).hasMessageContaining("fails after");

        // A committed change after it is delivered; the rolled-back one never had a delivery row to send.
        String marker = createDraft(account);
        JsonNode delivery = settledDelivery(account, subscription);
        assertThat(delivery.get("status").asText()).isEqualTo("delivered");
        assertThat(deliveries(account, subscription)).hasSize(1);
        assertThat(receiver.requests("/rollback")).singleElement()
                .satisfies(r -> assertThat(parse(r.body()).at("/draft/id").asText()).isEqualTo(marker));
    }

    @Test
    void deleting_a_subscription_cancels_its_pending_delivery() {
        String account = account();
        receiver.script("/hangs", TestReceiver.HANG);
        String subscription = subscribe(account, "/hangs", "s", "shopping_draft_add");
        createDraft(account);
        await("the attempt is in flight", PATIENCE, () -> receiver.requests("/hangs").size() == 1);

        assertThat(app.delete(hooks(account) + "/" + subscription).status()).isEqualTo(200);

        JsonNode delivery = deliveries(account, subscription).get(0);
        assertThat(delivery.get("status").asText()).isEqualTo("cancelled");
        assertThat(delivery.has("next_attempt_at")).isFalse();
    }
}
