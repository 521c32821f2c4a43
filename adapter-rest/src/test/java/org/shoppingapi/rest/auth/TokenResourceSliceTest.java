package org.shoppingapi.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.InvalidClientException;
import org.shoppingapi.ports.in.auth.IssueTokenCommand;
import org.shoppingapi.ports.in.auth.IssuedToken;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;

/**
 * The token resource as a slice, in memory against a fake use case (no database, no bcrypt): Basic credentials and a
 * JSON or form body become one command, a token its uncacheable JSON, bad credentials one 401 with the Basic
 * challenge, a refused field its 400, and too many failures a 429 that reaches no use case.
 */
class TokenResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String TOKEN = "/accounts/" + ACCOUNT + "/auth/token";
    static final String AUDIENCE = "https://api.example.com/v1/accounts/" + ACCOUNT;

    final List<IssueTokenCommand> calls = new ArrayList<>();

    final RestSlice slice = new RestSlice(ACCOUNT, Set.of(), new TokenResource(command -> {
        calls.add(command);
        if (!"right".equals(command.clientSecret())) {
            throw new InvalidClientException();
        }
        return new IssuedToken("signed.jwt.token", 3600, List.of("read:shopping"));
    }, new TokenAttemptLimits(new TokenAttemptLimits.Settings(2, 100, Duration.ofMinutes(15)),
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC))));

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
    }

    Answer request(String secret, String body) throws Exception {
        return slice.call("POST", TOKEN, body, "application/json", basic("pos-1", secret));
    }

    static String json(String grantType) {
        return "{\"grant_type\": \"" + grantType + "\", \"audience\": \"" + AUDIENCE + "\"}";
    }

    @Test
    void basic_credentials_and_a_json_or_form_body_become_one_command_and_an_uncacheable_token() throws Exception {
        Answer answer = request("right", json("client_credentials"));
        Answer form = slice.call("POST", TOKEN, "grant_type=client_credentials&audience=" + AUDIENCE,
                "application/x-www-form-urlencoded", basic("pos-1", "right"));

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(answer.body().get("access_token").asText()).isEqualTo("signed.jwt.token");
        assertThat(answer.body().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.body().get("expires_in").asLong()).isEqualTo(3600);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(form.status()).isEqualTo(200);
        assertThat(calls).hasSize(2).allSatisfy(command -> {
            assertThat(command.accountId()).isEqualTo(ACCOUNT);
            assertThat(command.clientId()).isEqualTo("pos-1");
            assertThat(command.clientSecret()).isEqualTo("right");
            assertThat(command.audience()).isEqualTo(AUDIENCE);
        });
    }

    @Test
    void a_refused_field_is_400_naming_it_and_bad_credentials_one_401_with_the_challenge() throws Exception {
        Answer grant = request("right", json("password"));
        Answer wrong = request("wrong", json("client_credentials"));

        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.errorFields()).containsExactly("grant_type");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorCode()).isEqualTo(InvalidClientException.CODE);
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void after_too_many_failures_the_client_is_refused_429_before_the_use_case() throws Exception {
        request("wrong", json("client_credentials"));
        request("wrong", json("client_credentials"));
        int before = calls.size();

        Answer limited = request("right", json("client_credentials"));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(calls).as("the secret was never checked").hasSize(before);
    }
}
