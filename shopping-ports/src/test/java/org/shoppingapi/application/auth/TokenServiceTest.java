package org.shoppingapi.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.error.InvalidClientException;
import org.shoppingapi.ports.in.auth.IssueTokenCommand;
import org.shoppingapi.ports.in.auth.IssuedToken;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.application.auth.FakeAuthPorts.CountingHasher;
import org.shoppingapi.application.auth.FakeAuthPorts.InMemoryClients;
import org.shoppingapi.application.auth.FakeAuthPorts.RecordingSigner;

class TokenServiceTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final String AUDIENCE = "https://shop.example/v1/accounts/T12345678";

    InMemoryClients clients;
    CountingHasher hasher;
    RecordingSigner signer;
    TokenService tokens;
    String realHash;

    @BeforeEach
    void setUp() {
        clients = new InMemoryClients();
        hasher = new CountingHasher();
        signer = new RecordingSigner();
        realHash = hasher.hash("s3cret");
        clients.upsert(new StoredClient("T12345678", "pos", realHash, List.of("write:shopping")));
        tokens = new TokenService(clients, hasher, signer, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15));
    }

    private static IssueTokenCommand request(String clientId, String secret) {
        return new IssueTokenCommand("T12345678", clientId, secret, "client_credentials", AUDIENCE);
    }

    @Test
    void right_credentials_give_a_signed_token_with_the_clients_scopes_and_lifetime() {
        IssuedToken token = tokens.issue(request("pos", "s3cret"));

        assertThat(token.accessToken()).isEqualTo("token-for-pos");
        assertThat(token.expiresInSeconds()).isEqualTo(900);
        assertThat(signer.last.accountId()).isEqualTo("T12345678");
        assertThat(signer.last.scopes()).containsExactly("write:shopping");
        assertThat(signer.last.issuedAt()).isEqualTo(NOW);
        assertThat(signer.last.expiresAt()).isEqualTo(NOW.plusSeconds(900));
    }

    @Test
    void wrong_secret_is_refused_after_one_verification_against_the_clients_hash() {
        int before = hasher.verifications.get();

        assertThatThrownBy(() -> tokens.issue(request("pos", "guess"))).isInstanceOf(InvalidClientException.class);

        assertThat(hasher.verifications.get() - before).isEqualTo(1);
        assertThat(hasher.lastVerifiedHash).isEqualTo(realHash);
        assertThat(signer.last).isNull();
    }

    @Test
    void unknown_client_still_costs_one_verification_against_a_dummy_hash_of_the_same_hasher() {
        int before = hasher.verifications.get();

        assertThatThrownBy(() -> tokens.issue(request("nobody", "s3cret"))).isInstanceOf(InvalidClientException.class);

        assertThat(hasher.verifications.get() - before).isEqualTo(1);
        // The dummy was made by this hasher (same cost), at construction, not per request.
        assertThat(hasher.lastVerifiedHash).startsWith("hashed(").isNotEqualTo(realHash);
        assertThat(hasher.hashes.get()).isEqualTo(2);
        assertThat(signer.last).isNull();
    }

    @Test
    void both_failures_say_exactly_the_same() {
        Throwable unknown = catchThrowable(() -> tokens.issue(request("nobody", "x")));
        Throwable wrong = catchThrowable(() -> tokens.issue(request("pos", "x")));

        assertThat(unknown).isInstanceOf(InvalidClientException.class).hasMessage(wrong.getMessage());
        assertThat(unknown.getClass()).isEqualTo(wrong.getClass());
    }

    @Test
    void missing_credentials_are_a_401_case_that_still_verifies_once() {
        int before = hasher.verifications.get();

        assertThatThrownBy(() -> tokens.issue(request(null, null))).isInstanceOf(InvalidClientException.class);

        assertThat(hasher.verifications.get() - before).isEqualTo(1);
    }

    @Test
    void a_client_of_another_account_is_unknown_here() {
        clients.upsert(new StoredClient("T99999999", "other", hasher.hash("pw"), List.of("admin:shopping")));

        assertThatThrownBy(() -> tokens.issue(request("other", "pw"))).isInstanceOf(InvalidClientException.class);
    }

    @Test
    void grant_type_and_audience_are_checked_and_named() {
        assertThatThrownBy(() -> new IssueTokenCommand("T12345678", "pos", "s", "password", AUDIENCE))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("grant_type"));
        assertThatThrownBy(() -> new IssueTokenCommand("T12345678", "pos", "s", null, AUDIENCE))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("grant_type is required"));
        assertThatThrownBy(() -> new IssueTokenCommand("T12345678", "pos", "s", "client_credentials", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("audience is required"));
        assertThatThrownBy(() -> new IssueTokenCommand("T12345678", "pos", "s", "client_credentials",
                "https://shop.example/v1/accounts/T99999999"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("audience"));
        // Scheme and host are not checked (SPEC §1).
        assertThat(new IssueTokenCommand("T12345678", "pos", "s", "client_credentials",
                "http://localhost:8080/v1/accounts/T12345678").audience()).endsWith("T12345678");
    }

    @Test
    void the_command_never_prints_the_secret() {
        assertThat(request("pos", "s3cret-value").toString()).doesNotContain("s3cret-value").contains("pos");
    }
}
