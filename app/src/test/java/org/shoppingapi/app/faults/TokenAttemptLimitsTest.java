package org.shoppingapi.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.app.e2e.TestService;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;

/**
 * SPEC §1 abuse limits / issue 12 item 3: the token endpoint answers 429 with Retry-After once a client id has had 10
 * failed attempts within a minute (the 11th is refused, even with the right secret), or a remote address 100. Each
 * test sends from a loopback address of its own (127.0.0.x), so the per-address counts do not mix.
 */
class TokenAttemptLimitsTest {

    private static final String ACCOUNT = "T44400001";

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(TokenAttemptLimitsTest.class);
    }

    @Test
    void the_eleventh_attempt_for_a_client_id_after_ten_failures_is_refused_with_429() throws Exception {
        RegisteredClient client = app.registerClient(ACCOUNT, Scopes.READ_SHOPPING);
        RegisteredClient neighbour = app.registerClient(ACCOUNT, Scopes.READ_SHOPPING);
        HttpClient from = from("127.0.0.11");

        for (int i = 0; i < 10; i++) {
            assertThat(tokenRequest(from, client.clientId(), "wrong-" + i).statusCode()).as("failure %d", i + 1)
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = tokenRequest(from, client.clientId(), client.clientSecret());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.body()).contains("TOO_MANY_ATTEMPTS");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(tokenRequest(from, neighbour.clientId(), neighbour.clientSecret()).statusCode())
                .as("another client id from the same address is not affected").isEqualTo(200);
    }

    @Test
    void the_hundred_and_first_attempt_from_an_address_after_a_hundred_failures_is_refused_with_429() throws Exception {
        RegisteredClient client = app.registerClient(ACCOUNT, Scopes.READ_SHOPPING);
        HttpClient guesser = from("127.0.0.12");

        for (int i = 0; i < 100; i++) {
            assertThat(tokenRequest(guesser, "guess-" + i, "wrong").statusCode()).as("failure %d", i + 1)
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = tokenRequest(guesser, client.clientId(), client.clientSecret());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(tokenRequest(from("127.0.0.13"), client.clientId(), client.clientSecret()).statusCode())
                .as("the same client from another address is not affected").isEqualTo(200);
    }

    /** An HTTP client whose connections come from {@code localAddress}: Linux routes all of 127/8 to loopback. */
    private static HttpClient from(String localAddress) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> tokenRequest(HttpClient http, String clientId, String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(app.uri(TestService.tokenPath(ACCOUNT)))
                        .header("Authorization", TestService.basic(clientId, secret))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(TestService.tokenRequestBody(ACCOUNT)))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
