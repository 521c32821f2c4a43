package org.shoppingapi.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.app.e2e.TestService;

/**
 * SPEC §1 / issue 12 item 3: secret hashing is bounded, so a burst of token requests (each a real bcrypt at the
 * production cost 12, about a quarter second) cannot starve the API. While sixteen wrong-secret requests are queued
 * for hashing, an authenticated read is answered before most of them: it does not wait behind the hashing. Asserted
 * by order and a generous bound, not by a tight timing.
 */
class TokenHashingIsolationTest {

    private static final int BURST = 16;
    private static final String DRAFTS = "/v1/accounts/" + TestService.ACCOUNT + "/shopping/draft_orders";

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(TokenHashingIsolationTest.class, Map.of("auth.bcrypt-cost", "12"));
    }

    @Test
    void an_api_read_is_answered_while_a_burst_of_token_requests_waits_for_hashing() throws Exception {
        String token = app.tokenFor(TestService.ACCOUNT);
        TestService.Answer created = app.post(DRAFTS, "{\"order\": {\"currency\": \"NOK\", \"items\": [{\"id\": \"a\","
                + " \"line_id\": 1, \"quantity\": 1, \"gross_amount\": 1000, \"tax_lines\": [{\"percentage\": 25}]}]}}");
        assertThat(created.status()).isEqualTo(200);
        URI draft = app.uri(DRAFTS + "/" + created.json().get("id").asText());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            burst.add(http.sendAsync(HttpRequest.newBuilder(app.uri(TestService.tokenPath(TestService.ACCOUNT)))
                    .header("Authorization", TestService.basic("hammer-" + i, "wrong"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TestService.tokenRequestBody(TestService.ACCOUNT)))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(300); // let the burst reach the server and the hashing

        long sent = System.nanoTime();
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(draft).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - sent);
        long tokenAnswersBefore = burst.stream().filter(CompletableFuture::isDone).count();

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(tokenAnswersBefore).as("token requests answered before the read (took %s)", took)
                .isLessThanOrEqualTo(BURST / 2);
        assertThat(took).as("generous bound: far less than the burst's %d hashes in a row", BURST)
                .isLessThan(Duration.ofMillis(BURST * 250L / 2));
        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            assertThat(answer.get().statusCode()).as(answer.get().body()).isIn(401, 503);
        }
    }
}
