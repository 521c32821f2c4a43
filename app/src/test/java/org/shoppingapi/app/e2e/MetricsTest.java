package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.WebhookTesting.DRAFT;
import static org.shoppingapi.app.e2e.WebhookTesting.subscription;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /observe/metrics} after real traffic: per-route latency histograms and status counts, the connection pool,
 * the webhook backlog, token issues and failures, idempotent replays (README "Metrics" names each). The registry is
 * process-wide, so counters are compared before and after this test's own traffic.
 */
class MetricsTest {

    private static final String ACCOUNT = "T50500001";
    private static final String DRAFTS = "/v1/accounts/" + ACCOUNT + "/shopping/draft_orders";

    @AutoClose
    static TestService app;
    @AutoClose
    static TestReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new TestReceiver();
        app = TestService.start(MetricsTest.class, WebhookTesting.FAST);
    }

    private static String metrics() {
        TestService.Answer answer = app.sendRaw("GET", "/observe/metrics", null, "Accept", "text/plain");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** The value of the first sample named {@code name} whose labels contain every one of {@code labels}. */
    private static double sample(String text, String name, String... labels) {
        // Label values may hold braces themselves (route="/v1/accounts/{aid}/..."): read quoted values whole.
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{(?:[^\"}]|\"[^\"]*\")*})?\\s+(\\S+)")
                .matcher(text);
        while (m.find()) {
            String found = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    @Test
    void traffic_shows_in_route_latency_status_tokens_and_replays() {
        String before = metrics();
        String route = "route=\"/v1/accounts/{aid}/shopping/draft_orders\"";

        var client = app.registerClient(ACCOUNT, "read:shopping");
        app.token(ACCOUNT, client.clientId(), client.clientSecret());
        assertThat(app.requestToken(ACCOUNT, client.clientId(), "wrong-secret").status()).isEqualTo(401);
        TestService.Answer first = app.post(DRAFTS, DRAFT, "Idempotency-Key", "metrics-1");
        TestService.Answer replay = app.post(DRAFTS, DRAFT, "Idempotency-Key", "metrics-1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(app.get(DRAFTS + "/not-a-uuid").status()).isEqualTo(400);

        // An exchange is counted once its answer is out, so the last ones may follow the client's read by a moment.
        TestReceiver.await("the traffic counted", Duration.ofSeconds(30), () -> {
            String now = metrics();
            return sample(now, "shopping_http_request_duration_seconds_count", route, "method=\"POST\"")
                    >= sample(before, "shopping_http_request_duration_seconds_count", route, "method=\"POST\"") + 2
                    && sample(now, "shopping_token_failures_total") >= sample(before, "shopping_token_failures_total") + 1
                    && sample(now, "shopping_http_responses_total",
                    "route=\"/v1/accounts/{aid}/shopping/draft_orders/{id}\"", "status=\"400\"") >= 1;
        });
        String after = metrics();
        assertThat(after).as("the metrics page").contains("shopping_http_request_duration_seconds");
        assertThat(sample(after, "shopping_http_request_duration_seconds_count", route, "method=\"POST\""))
                .isEqualTo(sample(before, "shopping_http_request_duration_seconds_count", route, "method=\"POST\"") + 2);
        assertThat(sample(after, "shopping_http_request_duration_seconds_bucket", route, "method=\"POST\"",
                "le=\"+Inf\"")).isGreaterThanOrEqualTo(2);
        assertThat(after).containsPattern("shopping_http_request_duration_seconds_bucket\\{.*le=\"0\\.1\"");
        assertThat(sample(after, "shopping_http_responses_total", "route=\"/v1/accounts/{aid}/shopping/draft_orders/{id}\"",
                "status=\"400\"")).isGreaterThanOrEqualTo(1);
        assertThat(sample(after, "shopping_tokens_issued_total"))
                .isGreaterThanOrEqualTo(sample(before, "shopping_tokens_issued_total") + 1);
        assertThat(sample(after, "shopping_token_failures_total"))
                .isEqualTo(sample(before, "shopping_token_failures_total") + 1);
        assertThat(sample(after, "shopping_idempotent_replays_total", route))
                .isEqualTo(sample(before, "shopping_idempotent_replays_total", route) + 1);
    }

    @Test
    void the_pool_and_the_webhook_backlog_are_measured() {
        String hooks = "/v1/accounts/" + ACCOUNT + "/hooks/subscriptions";
        receiver.hold("/held");
        receiver.script("/refusing", 400);
        assertThat(app.post(hooks, subscription(receiver.url("/held"), "s1", "shopping_draft_add")).status())
                .isEqualTo(200);
        assertThat(app.post(hooks, subscription(receiver.url("/refusing"), "s2", "shopping_draft_add")).status())
                .isEqualTo(200);
        assertThat(app.post(DRAFTS, DRAFT).status()).isEqualTo(200);

        try {
            TestReceiver.await("a held delivery pending and a refused one failed", Duration.ofSeconds(60), () -> {
                String text = metrics();
                return sample(text, "shopping_webhook_deliveries_pending") >= 1
                        && sample(text, "shopping_webhook_deliveries_failed") >= 1
                        && sample(text, "shopping_webhook_oldest_pending_seconds") > 0;
            });
            String text = metrics();
            assertThat(sample(text, "shopping_db_pool_connections_max")).isEqualTo(8);
            assertThat(text).containsPattern("(?m)^shopping_db_pool_connections_active(\\{[^}]*})? \\d")
                    .containsPattern("(?m)^shopping_db_pool_connections_idle(\\{[^}]*})? \\d")
                    .containsPattern("(?m)^shopping_db_pool_threads_waiting(\\{[^}]*})? \\d");
            assertThat(sample(text, "shopping_db_pool_connections_active")
                    + sample(text, "shopping_db_pool_connections_idle")).isBetween(1.0, 8.0);
        } finally {
            receiver.release("/held");
        }
    }
}
