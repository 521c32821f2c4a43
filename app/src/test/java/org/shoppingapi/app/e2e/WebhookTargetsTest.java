package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.WebhookTesting.DRAFT;
import static org.shoppingapi.app.e2e.WebhookTesting.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.jdbc.webhook.JdbiSubscriptionStore;

/**
 * SPEC §6 webhook targets, without WEBHOOKS_ALLOW_PRIVATE_TARGETS: every way of naming this machine or a private
 * network is refused at subscription time (400 on config.url), and a subscription that points inward anyway (stored
 * before these rules, or a name that now resolves inward) is refused again at delivery, on the address it resolves
 * to, without sending, and with the same log entry whether the port is open or closed. Everything stays on loopback.
 */
class WebhookTargetsTest {

    private static final String ACCOUNT = TestService.ACCOUNT;
    private static final String HOOKS = "/v1/accounts/" + ACCOUNT + "/hooks/subscriptions";

    @AutoClose
    static TestService app;
    @AutoClose
    static TestReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new TestReceiver();
        Map<String, String> config = new HashMap<>(WebhookTesting.FAST);
        config.put("webhooks.allow.private.targets", "false");
        app = TestService.start(WebhookTargetsTest.class, config);
    }

    @Test
    void every_form_of_an_inward_address_is_refused_at_subscription_time() {
        int ownPort = app.service().port();
        int databasePort = java.net.URI.create(app.database().jdbcUrl().substring("jdbc:".length())).getPort();
        String[] urls = {
                "http://127.0.0.1:" + ownPort + "/v1/accounts/" + ACCOUNT + "/shopping/draft_orders",
                "http://127.0.0.1:" + databasePort + "/",
                receiver.url("/hook"),
                "http://localhost:" + ownPort + "/",
                "http://LOCALHOST./",
                "http://0.0.0.0:" + ownPort + "/",
                "http://0/",
                "http://2130706433/",
                "http://0177.0.0.1/",
                "http://0x7f.0.0.1/",
                "http://0x7f000001/",
                "http://127.1/",
                "http://127.0.0.2/",
                "http://[::1]/",
                "http://[::]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:7f00:1]/",
                "http://[::127.0.0.1]/",
                "http://[64:ff9b::7f00:1]/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/",
                "http://10.0.0.1/",
                "http://172.16.5.4/",
                "http://192.168.1.1/",
                "http://100.64.0.1/",
                "http://[fc00::1]/",
                "http://[fd12:3456::1]/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "https://127.0.0.1/"};
        for (String url : urls) {
            TestService.Answer answer = app.post(HOOKS, subscription(url, "s3cret", "shopping_draft_add"));
            assertThat(answer.status()).as(url + " -> " + answer.body()).isEqualTo(400);
            assertThat(answer.json().at("/error/errors/0/field").asText()).as(url).isEqualTo("config.url");
        }
    }

    @Test
    void a_public_address_is_accepted() {
        // An address literal: no name look-up, and no event is ever sent to it (the subscription is deleted at once).
        TestService.Answer answer = app.post(HOOKS, subscription("https://93.184.215.14/hooks", "s3cret",
                "shopping_order_event_add"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(app.delete(HOOKS + "/" + answer.json().get("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void an_inward_subscription_stored_anyway_is_refused_at_delivery_without_telling_open_from_closed_ports()
            throws Exception {
        String account = "T55555555";
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        // Rows as an older version stored them, or as a name resolves after it was checked: straight into the store.
        UUID open = storeSubscription(account, receiver.url("/open"));
        UUID named = storeSubscription(account, receiver.url("/named").replace("127.0.0.1", "localhost"));
        UUID closed = storeSubscription(account, "http://127.0.0.1:" + closedPort + "/closed");
        TestService.Answer draft = app.post("/v1/accounts/" + account + "/shopping/draft_orders", DRAFT);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);

        JsonNode openLog = firstAttempt(account, open);
        JsonNode namedLog = firstAttempt(account, named);
        JsonNode closedLog = firstAttempt(account, closed);
        assertThat(receiver.requests("/open")).isEmpty();
        assertThat(receiver.requests("/named")).isEmpty();
        for (JsonNode log : new JsonNode[]{openLog, namedLog, closedLog}) {
            assertThat(log.has("last_response_code") && !log.get("last_response_code").isNull()).as(log.toString())
                    .isFalse();
        }
        assertThat(openLog.get("last_error").asText()).isEqualTo(closedLog.get("last_error").asText())
                .isEqualTo(namedLog.get("last_error").asText());
    }

    private static UUID storeSubscription(String account, String url) {
        UUID id = UUID.randomUUID();
        new JdbiSubscriptionStore(app.service().jdbi()).insert(new Subscription(id, account, url, Subscription.JSON,
                "s3cret", EnumSet.of(EventType.SHOPPING_DRAFT_ADD), Audit.created(Instant.now(), "test")));
        return id;
    }

    private static JsonNode firstAttempt(String account, UUID subscription) {
        String path = "/v1/accounts/" + account + "/hooks/subscriptions/" + subscription + "/deliveries";
        JsonNode[] delivery = new JsonNode[1];
        TestReceiver.await("an attempt of " + subscription, Duration.ofSeconds(20), () -> {
            JsonNode log = app.get(path).json().get("deliveries");
            delivery[0] = log.isEmpty() ? null : log.get(0);
            return delivery[0] != null && delivery[0].get("attempts").asInt() >= 1
                    && delivery[0].hasNonNull("last_error");
        });
        return delivery[0];
    }
}
