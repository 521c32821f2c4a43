package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.TestReceiver.await;
import static org.shoppingapi.app.e2e.WebhookTesting.DRAFT;
import static org.shoppingapi.app.e2e.WebhookTesting.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.testing.TestDatabases;

/**
 * Several service instances on one database: deliveries written while no instance dispatches wait in the database
 * and go out after a restart; two dispatchers competing for one backlog send each delivery exactly once.
 */
class WebhookInstancesTest {

    private static final String ACCOUNT = "T22222222";
    private static final String HOOKS = "/v1/accounts/" + ACCOUNT + "/hooks/subscriptions";
    private static final String DRAFTS = "/v1/accounts/" + ACCOUNT + "/shopping/draft_orders";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TestReceiver receiver = new TestReceiver();
    private final List<TestService> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(TestService::close);
        receiver.close();
    }

    private TestService instance(TestDatabases.TestDatabase db, boolean dispatch) {
        return instance(db, WebhookTesting.fast("webhooks.dispatch", Boolean.toString(dispatch)));
    }

    private TestService instance(TestDatabases.TestDatabase db, Map<String, String> config) {
        TestService instance = TestService.start(db, config);
        instances.add(instance);
        return instance;
    }

    /** Writes {@code drafts} drafts through an instance that does not dispatch, then stops it. */
    private String writeBacklogAndStop(TestDatabases.TestDatabase db, String path, int drafts) {
        TestService writer = instance(db, false);
        TestService.Answer subscribed = writer.post(HOOKS, subscription(receiver.url(path), "s", "shopping_draft_add"));
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
        for (int i = 0; i < drafts; i++) {
            assertThat(writer.post(DRAFTS, DRAFT).status()).isEqualTo(200);
        }
        String subscription = subscribed.json().get("id").asText();
        assertThat(log(writer, subscription)).hasSize(drafts).allSatisfy(d -> {
            assertThat(d.get("status").asText()).isEqualTo("pending");
            assertThat(d.get("attempts").asInt()).isZero();
        });
        writer.close();
        instances.remove(writer);
        assertThat(receiver.requests(path)).as("nothing is sent while no instance dispatches").isEmpty();
        return subscription;
    }

    private static List<JsonNode> log(TestService instance, String subscription) {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        do {
            TestService.Answer page = instance.get(HOOKS + "/" + subscription + "/deliveries?limit=100"
                    + (after == null ? "" : "&starting_after=" + after));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("deliveries").forEach(all::add);
            after = page.json().has("paging_token") ? page.json().get("paging_token").asText() : null;
        } while (after != null);
        return all;
    }

    private static boolean allDelivered(TestService instance, String subscription, int count) {
        List<JsonNode> log = log(instance, subscription);
        return log.size() == count && log.stream().allMatch(d -> d.get("status").asText().equals("delivered"));
    }

    @Test
    void deliveries_pending_when_the_service_stopped_go_out_after_it_restarts() {
        TestDatabases.TestDatabase db = TestDatabases.create(WebhookInstancesTest.class);
        String subscription = writeBacklogAndStop(db, "/restart", 3);

        TestService restarted = instance(db, true);

        await("the backlog is delivered", PATIENCE, () -> allDelivered(restarted, subscription, 3));
        assertThat(receiver.requests("/restart")).hasSize(3);
    }

    @Test
    void two_dispatchers_on_one_database_deliver_each_event_exactly_once() {
        TestDatabases.TestDatabase db = TestDatabases.create(WebhookInstancesTest.class);
        int events = 60;
        String subscription = writeBacklogAndStop(db, "/shared", events);

        // The receiver holds the first attempts open. Each instance has 4 attempts in flight at most, so 8 held at
        // once proves both dispatchers are working the backlog; then it lets everything through.
        Map<String, String> config = new HashMap<>(WebhookTesting.FAST);
        config.put("webhooks.concurrency", "4");
        // One account here, and this test is about two instances sharing work, not about fairness between accounts.
        config.put("webhooks.account.concurrency", "100");
        config.put("webhooks.timeout", "PT20S");
        config.put("webhooks.lease", "PT30S");
        receiver.hold("/shared");
        TestService first = instance(db, config);
        TestService second = instance(db, config);
        await("both dispatchers have attempts in flight", PATIENCE, () -> receiver.requests("/shared").size() == 8);
        receiver.release("/shared");
        // Both also write while they dispatch, so each wakes its own dispatcher as well.
        for (int i = 0; i < 10; i++) {
            assertThat((i % 2 == 0 ? first : second).post(DRAFTS, DRAFT).status()).isEqualTo(200);
        }

        await("every event is delivered", PATIENCE, () -> allDelivered(first, subscription, events + 10));
        List<JsonNode> log = log(second, subscription);
        assertThat(log).allSatisfy(d -> assertThat(d.get("attempts").asInt()).as("claimed once").isEqualTo(1));
        List<TestReceiver.Request> requests = receiver.requests("/shared");
        Set<String> distinct = new HashSet<>();
        requests.forEach(r -> distinct.add(r.header("event-delivery")));
        assertThat(requests).hasSize(events + 10);
        assertThat(distinct).hasSize(events + 10);
    }
}
