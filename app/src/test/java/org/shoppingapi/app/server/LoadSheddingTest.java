package org.shoppingapi.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load-shedding filter on a real Helidon server, one request allowed to run and one to wait: the next request
 * is refused with 503, Retry-After and the SPEC error body on a connection that stays open, health still answers,
 * and the running and the waiting request both finish once the first lets go. Functional, not timed: the queue
 * timeout is far longer than the test.
 */
class LoadSheddingTest {

    final CountDownLatch running = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final LoadShedding shedding = new LoadShedding(new LoadShedding.Settings(1, 1, Duration.ofMinutes(5)));
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    WebServer server;

    @BeforeEach
    void start() {
        server = WebServer.builder()
                .port(0)
                .host("127.0.0.1")
                .routing(routing -> routing
                        .addFilter(shedding)
                        .get("/v1/slow", (req, res) -> {
                            running.countDown();
                            release.await(5, TimeUnit.MINUTES);
                            res.send("done");
                        })
                        .get("/observe/health", (req, res) -> res.send("UP")))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop();
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofMinutes(2)).build();
    }

    @Test
    void beyond_running_and_queued_requests_the_next_one_is_refused_with_503_and_retry_after() throws Exception {
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(get("/v1/slow"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(running.await(1, TimeUnit.MINUTES)).isTrue();
        CompletableFuture<HttpResponse<String>> queued = client.sendAsync(get("/v1/slow"),
                HttpResponse.BodyHandlers.ofString());
        waitUntilQueued(1);

        HttpResponse<String> refused = client.send(get("/v1/slow"), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.headers().firstValue("Connection").orElse("keep-alive")).as("the connection stays open")
                .isNotEqualToIgnoringCase("close");
        assertThat(refused.body()).contains("\"code\":\"OVERLOADED\"").contains("\"errors\":[]");
        assertThat(first).isNotDone();
        assertThat(queued).isNotDone();

        HttpResponse<String> health = client.send(get("/observe/health"), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("health is never queued").isEqualTo(200);

        release.countDown();
        assertThat(first.get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
        assertThat(queued.get(1, TimeUnit.MINUTES).statusCode()).as("the waiting request ran").isEqualTo(200);
        assertThat(client.send(get("/v1/slow"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("capacity is back").isEqualTo(200);
    }

    @Test
    void without_a_queue_the_second_concurrent_request_is_refused() throws Exception {
        LoadShedding noQueue = new LoadShedding(new LoadShedding.Settings(1, 0, Duration.ZERO));
        CountDownLatch inside = new CountDownLatch(1);
        WebServer strict = WebServer.builder().port(0).host("127.0.0.1")
                .routing(routing -> routing.addFilter(noQueue).get("/v1/slow", (req, res) -> {
                    inside.countDown();
                    release.await(5, TimeUnit.MINUTES);
                    res.send("done");
                }))
                .build().start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + strict.port() + "/v1/slow");
            CompletableFuture<HttpResponse<String>> first = client.sendAsync(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(inside.await(1, TimeUnit.MINUTES)).isTrue();

            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            release.countDown();
            assertThat(first.get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
        } finally {
            strict.stop();
        }
    }

    @Test
    void waiting_requests_get_their_turn_in_the_order_they_came() throws Exception {
        LoadShedding queue = new LoadShedding(new LoadShedding.Settings(1, 3, Duration.ofMinutes(5)));
        List<String> admitted = new CopyOnWriteArrayList<>();
        CountDownLatch inside = new CountDownLatch(1);
        WebServer ordered = WebServer.builder().port(0).host("127.0.0.1")
                .routing(routing -> routing.addFilter(queue).get("/v1/turn", (req, res) -> {
                    admitted.add(req.query().get("n"));
                    inside.countDown();
                    release.await(5, TimeUnit.MINUTES);
                    res.send("done");
                }))
                .build().start();
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String n : List.of("first", "second", "third", "fourth")) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + ordered.port() + "/v1/turn?n=" + n)).build(),
                        HttpResponse.BodyHandlers.ofString()));
                if (n.equals("first")) {
                    assertThat(inside.await(1, TimeUnit.MINUTES)).isTrue();
                } else {
                    waitUntilQueued(queue, answers.size() - 1);
                }
            }

            release.countDown();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
            }
            assertThat(admitted).containsExactly("first", "second", "third", "fourth");
            // A request that arrives while others wait queues behind them instead of taking a permit that has
            // just been freed (an unfair semaphore lets it, and under a flood of arrivals the waiting ones were
            // overtaken until their queue timeout refused them a second late). That overtaking is a race no
            // test can stage at will, so the fairness it relies on is asserted directly.
            assertThat(queue.firstComeFirstServed()).isTrue();
        } finally {
            ordered.stop();
        }
    }

    @Test
    void settings_refuse_a_limit_that_admits_nothing() {
        assertThatThrownBy(() -> new LoadShedding.Settings(0, 10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requests.max-running");
    }

    void waitUntilQueued(int count) throws InterruptedException {
        waitUntilQueued(shedding, count);
    }

    static void waitUntilQueued(LoadShedding filter, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (filter.waiting() < count) {
            assertThat(System.nanoTime()).as("a request waits in the queue").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
