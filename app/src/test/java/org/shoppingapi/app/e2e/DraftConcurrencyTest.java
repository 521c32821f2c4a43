package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.DraftApi.draftBody;
import static org.shoppingapi.app.e2e.DraftApi.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §1 versions and §5 completion under concurrency: a stale If-Match is 412 and changes nothing; writers without
 * If-Match never lose each other's changes; of concurrent completes exactly one wins and one set of orders exists.
 */
class DraftConcurrencyTest {

    @AutoClose
    static TestService app;
    static DraftApi api;

    @BeforeAll
    static void start() {
        app = TestService.start(DraftConcurrencyTest.class);
        api = new DraftApi(app);
    }

    @Test
    void a_stale_if_match_is_412_and_nothing_changes_on_any_write() {
        String id = api.createId(draftBody(item(1, 1000, "25")));
        assertThat(api.addItem(id, item(2, 2000, "25"), "If-Match", "\"0\"").header("ETag")).isEqualTo("\"1\"");
        JsonNode before = api.get(id).json();

        for (TestService.Answer stale : new TestService.Answer[]{
                api.update(id, draftBody(), "If-Match", "\"0\""),
                api.addItem(id, item(3, 1, "0"), "If-Match", "\"0\""),
                api.replaceItem(id, "1", item(1, 5, "0"), "If-Match", "W/\"0\""),
                api.removeItem(id, "1", "If-Match", "\"7\""),
                api.delete(id, "If-Match", "\"0\""),
                api.complete(id, "If-Match", "\"0\""),
                api.delete(id, "If-Match", "\"not-a-version\"")}) {
            assertThat(stale.status()).as(stale.body()).isEqualTo(412);
            assertThat(stale.json().at("/error/code").asText()).isEqualTo("VERSION_MISMATCH");
            assertThat(stale.json().at("/error/errors/0/field").asText()).isEqualTo("If-Match");
        }
        assertThat(api.get(id).json()).as("nothing changed").isEqualTo(before);

        TestService.Answer current = api.replaceItem(id, "1", item(1, 5, "0"), "If-Match", "\"1\"");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.removeItem(id, "2", "If-Match", "*").status()).as("* matches any version").isEqualTo(200);
        assertThat(api.complete(id, "If-Match", "\"3\"").status()).isEqualTo(200);
    }

    @Test
    void sixteen_parallel_item_adds_all_land_and_the_version_ends_at_sixteen() throws Exception {
        String id = api.createId(draftBody());
        List<TestService.Answer> answers = concurrently(16, i -> api.addItem(id, item(i + 1, 100L * (i + 1), "25")));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().map(a -> a.header("ETag")).distinct()).as("each add made its own version")
                .hasSize(16);
        JsonNode draft = api.get(id).json();
        assertThat(draft.get("version").asLong()).isEqualTo(16);
        assertThat(draft.at("/order/items")).hasSize(16);
        List<Integer> lines = new ArrayList<>();
        draft.at("/order/items").forEach(it -> lines.add(it.get("line_id").asInt()));
        assertThat(lines).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
        assertThat(draft.at("/order/gross_amount").asLong()).isEqualTo(100L * 16 * 17 / 2);
        assertThat(draft.get("events")).hasSize(17);
    }

    @Test
    void eight_parallel_completes_give_one_200_seven_409_and_one_set_of_orders() throws Exception {
        String id = api.createId("""
                {"order": {"currency": "NOK", "items": [
                  {"line_id": 1, "gross_amount": 1000, "tax_lines": [{"percentage": 25}], "store": {"id": "s1"}},
                  {"line_id": 2, "gross_amount": 2000, "tax_lines": [{"percentage": 25}], "store": {"id": "s2"}}]}}""");
        List<TestService.Answer> answers = concurrently(8, i -> api.complete(id));

        List<TestService.Answer> won = answers.stream().filter(a -> a.status() == 200).toList();
        List<TestService.Answer> lost = answers.stream().filter(a -> a.status() != 200).toList();
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(7).allSatisfy(a -> {
            assertThat(a.status()).as(a.body()).isEqualTo(409);
            assertThat(a.json().at("/error/code").asText()).isEqualTo("DRAFT_NOT_OPEN");
        });
        assertThat(won.get(0).json().get("orders")).hasSize(2);

        Jdbi jdbi = app.service().jdbi();
        List<String> storedOrders = jdbi.withHandle(h -> h.createQuery(
                        "SELECT o.id::text FROM orders o JOIN order_events e ON e.account_id = o.account_id"
                                + " AND e.order_uuid = o.id AND e.sequence = 0"
                                + " WHERE e.body->>'draft_id' = :draft ORDER BY 1")
                .bind("draft", id).mapTo(String.class).list());
        List<String> answered = new ArrayList<>();
        won.get(0).json().get("orders").forEach(o -> answered.add(o.get("id").asText()));
        assertThat(storedOrders).as("exactly the one set of orders that was answered")
                .containsExactlyInAnyOrderElementsOf(answered);
        assertThat(api.get(id).json().get("version").asLong()).isEqualTo(1);
    }

    /** Runs {@code n} requests at once (released together) and answers them in submission order. */
    private static List<TestService.Answer> concurrently(int n, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<TestService.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<TestService.Answer> call = () -> {
                    go.await();
                    return request.send(index);
                };
                futures.add(pool.submit(call));
            }
            go.countDown();
            List<TestService.Answer> answers = new ArrayList<>();
            for (Future<TestService.Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface Request {
        TestService.Answer send(int index);
    }
}
