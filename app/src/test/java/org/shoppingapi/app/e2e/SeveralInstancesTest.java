package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.TestReceiver.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.testing.TestDatabases;

/**
 * Instances are stateless: three service instances on one PostgreSQL, driven together (three accounts at once, each
 * request of a scenario on the next instance: creates, item adds, completes, captures, service events, idempotent
 * retries that land on another instance than the first try, webhooks dispatched by all three) answer exactly what one
 * instance answers to the same scenarios, and deliver every webhook exactly once. Ids and times differ between runs
 * and are compared by their pattern of reuse (the first id seen is #1 wherever it appears again).
 */
class SeveralInstancesTest {

    private static final List<String> ACCOUNTS = List.of("T30000001", "T30000002", "T30000003");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private final List<TestService> instances = new ArrayList<>();
    private final List<TestReceiver> receivers = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(TestService::close);
        receivers.forEach(TestReceiver::close);
    }

    @Test
    void three_instances_on_one_database_answer_exactly_as_one_instance() throws Exception {
        Map<String, Run> single = run(1);
        Map<String, Run> three = run(3);
        for (String account : ACCOUNTS) {
            assertThat(three.get(account).answers).as(account + " answers")
                    .containsExactlyElementsOf(single.get(account).answers);
            assertThat(three.get(account).deliveries).as(account + " webhook bodies, each delivered once")
                    .containsExactlyInAnyOrderElementsOf(single.get(account).deliveries);
        }
    }

    /** What one account's scenario saw: the normalized answers in order and the normalized webhook bodies. */
    private record Run(List<String> answers, List<String> deliveries) {
    }

    private Map<String, Run> run(int instanceCount) throws Exception {
        TestDatabases.TestDatabase db = TestDatabases.create(SeveralInstancesTest.class);
        List<TestService> group = new ArrayList<>();
        for (int i = 0; i < instanceCount; i++) {
            TestService instance = TestService.start(db, WebhookTesting.FAST);
            instances.add(instance);
            group.add(instance);
        }
        TestReceiver receiver = new TestReceiver();
        receivers.add(receiver);
        ExecutorService pool = Executors.newFixedThreadPool(ACCOUNTS.size());
        try {
            Map<String, Future<List<String>>> futures = new LinkedHashMap<>();
            for (int a = 0; a < ACCOUNTS.size(); a++) {
                String account = ACCOUNTS.get(a);
                int offset = a;
                futures.put(account, pool.submit(() -> new Scenario(account, group, offset, receiver).play()));
            }
            Map<String, Run> runs = new LinkedHashMap<>();
            for (Map.Entry<String, Future<List<String>>> f : futures.entrySet()) {
                List<String> answers = f.getValue().get();
                runs.put(f.getKey(), new Run(answers, deliveries(group.get(0), f.getKey(), receiver)));
            }
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until the account's delivery log says every delivery was delivered; each reached the receiver once. */
    private static List<String> deliveries(TestService instance, String account, TestReceiver receiver) {
        String hooks = "/v1/accounts/" + account + "/hooks/subscriptions";
        String subscription = instance.get(hooks).json().at("/subscriptions/0/id").asText();
        String log = hooks + "/" + subscription + "/deliveries?limit=100";
        await("all deliveries of " + account + " delivered", PATIENCE, () -> {
            JsonNode deliveries = instance.get(log).json().get("deliveries");
            boolean done = deliveries.size() > 0;
            for (JsonNode d : deliveries) {
                done &= d.get("status").asText().equals("delivered");
            }
            return done;
        });
        int logged = instance.get(log).json().get("deliveries").size();
        List<TestReceiver.Request> received = receiver.requests("/" + account);
        assertThat(received).as("each delivery of " + account + " sent exactly once").hasSize(logged);
        assertThat(received.stream().map(r -> r.header("event-delivery")).distinct()).hasSize(logged);
        return received.stream().map(r -> normalize(r.text(), receiver)).toList();
    }

    /** One account's requests, each on the next instance of the group. */
    private static final class Scenario {
        private final String base;
        private final String hooks;
        private final String account;
        private final List<TestService> group;
        private final TestReceiver receiver;
        private int turn;
        private final List<String> answers = new ArrayList<>();

        Scenario(String account, List<TestService> group, int offset, TestReceiver receiver) {
            this.account = account;
            this.base = "/v1/accounts/" + account + "/shopping";
            this.hooks = "/v1/accounts/" + account + "/hooks/subscriptions";
            this.group = group;
            this.turn = offset;
            this.receiver = receiver;
        }

        private TestService next() {
            return group.get(turn++ % group.size());
        }

        private TestService.Answer record(TestService.Answer answer) {
            answers.add(answer.status() + " " + nullToEmpty(answer.header("ETag")) + " "
                    + nullToEmpty(answer.header("Idempotent-Replayed")) + " " + normalize(answer.body(), receiver));
            return answer;
        }

        List<String> play() {
            record(next().post(hooks, WebhookTesting.subscription(receiver.url("/" + account), "secret",
                    "shopping_draft_add", "shopping_draft_update", "shopping_draft_complete", "shopping_order_update",
                    "shopping_order_event_add")));
            String draftBody = DraftApi.draftBody(DraftApi.item(1, 39800, "25"));
            TestService.Answer created = record(next().post(base + "/draft_orders", draftBody,
                    "Idempotency-Key", "create-" + account));
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            TestService.Answer retried = record(next().post(base + "/draft_orders", draftBody,
                    "Idempotency-Key", "create-" + account));
            assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retried.json().get("id")).isEqualTo(created.json().get("id"));
            String draft = base + "/draft_orders/" + created.json().get("id").asText();
            record(next().post(draft + "/items", DraftApi.item(2, 20000, "15"), "If-Match", "\"0\""));
            record(next().post(draft + "/items", DraftApi.item(3, 5000, "25"), "If-Match", "\"1\""));
            record(next().post(draft + "/items", DraftApi.item(4, 5000, "25"), "If-Match", "\"1\""));
            record(next().get(draft));
            TestService.Answer completed = record(next().send("PUT", draft + "/complete", null));
            assertThat(completed.status()).as(completed.body()).isEqualTo(200);
            String order = base + "/orders/" + completed.json().at("/orders/0/order_id").asText();
            String capture = OrderApi.payment(1, 39800);
            record(next().post(order + "/captures", capture, "Idempotency-Key", "capture-" + account));
            TestService.Answer again = record(next().post(order + "/captures", capture,
                    "Idempotency-Key", "capture-" + account));
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            record(next().post(order + "/captures", OrderApi.payment(1, 999999)));
            record(next().post(order + "/events", "{\"service\": \"kitchen\", \"service_status\": \"ready\"}"));
            record(next().send("PUT", draft + "/complete", null));
            for (int i = 0; i < 3; i++) {
                record(next().get(order + "?include_events=true"));
            }
            record(next().get(order + "/events?limit=2"));
            record(next().get(base + "/orders?limit=5"));
            record(next().get(base + "/draft_orders?status=completed"));
            return answers;
        }
    }

    /** A body with ids numbered by first appearance, times as {@code T} and the receiver's address as {@code R}. */
    static String normalize(String body, TestReceiver receiver) {
        String text = body.replace(receiver.url(""), "R/");
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, ids.computeIfAbsent(m.group(), k -> "#" + (ids.size() + 1)));
        }
        m.appendTail(out);
        return TIME.matcher(out.toString()).replaceAll("T").replaceAll("\"paging_token\":\"[^\"]*\"", "\"paging_token\":\"P\"");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
