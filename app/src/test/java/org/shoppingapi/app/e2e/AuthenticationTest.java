package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.TestService.ACCOUNT;
import static org.shoppingapi.app.e2e.TestService.OTHER_ACCOUNT;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.rest.outbound.token.AccessTokenFormat;
import org.shoppingapi.rest.outbound.token.SigningKeys;

/**
 * SPEC §1 over real HTTP: the token endpoint, and every way a request without a good token for its account and
 * scope is refused. The service signs with a key this test knows, so it can forge tokens the way an attacker
 * would try (and one the way the service would, to prove the forgeries fail for the reason tested).
 */
class AuthenticationTest {

    static final String KEY = SigningKeys.generate();
    static final String DRAFTS = "/v1/accounts/" + ACCOUNT + "/shopping/draft_orders";
    static final String A_DRAFT = DRAFTS + "/" + UUID.randomUUID();
    static final String DRAFT_BODY = """
            {"order": {"currency": "NOK", "items": [{"id": "chair", "line_id": 1, "quantity": 1,
              "gross_amount": 39800, "tax_lines": [{"percentage": 25}]}]}}""";

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(AuthenticationTest.class, Map.of("auth.signing-key", KEY));
    }

    static TestService.Answer getDraft(String authorization) {
        return app.anonymous().get(A_DRAFT, "Authorization", authorization);
    }

    static void assertUnauthorized(TestService.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(answer.json().at("/error/message").asText()).isNotBlank();
    }

    static void assertForbidden(TestService.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("FORBIDDEN");
    }

    /** The claims the service itself would write for the all-scopes test client, to vary one at a time. */
    static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("shopping-api").subject(TestService.TEST_CLIENT_ID)
                .audience("/v1/accounts/" + ACCOUNT).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).jwtID(UUID.randomUUID().toString())
                .claim("account_id", ACCOUNT).claim("client_id", TestService.TEST_CLIENT_ID)
                .claim("scope", Scopes.ADMIN_SHOPPING);
    }

    static String sign(JWSAlgorithm alg, JWSSigner signer, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).type(AccessTokenFormat.TYPE)
                .keyID(JWK.parse(KEY).getKeyID()).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    static String withServiceKey(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(JWSAlgorithm.ES256, new ECDSASigner(JWK.parse(KEY).toECKey()), change.apply(claims()).build());
    }

    // --- the token endpoint ---

    @Test
    void the_token_endpoint_answers_a_bearer_jwt_signed_with_the_published_key() throws Exception {
        RegisteredClient client = app.registerClient(ACCOUNT, Scopes.READ_SHOPPING, Scopes.WRITE_HOOKS);

        TestService.Answer answer = app.requestToken(ACCOUNT, client.clientId(), client.clientSecret());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = answer.json();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        SignedJWT jwt = SignedJWT.parse(body.get("access_token").asText());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(client.clientId());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("account_id")).isEqualTo(ACCOUNT);
        assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("read:shopping write:hooks");

        TestService.Answer jwks = app.anonymous().get("/v1/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        JWKSet keys = JWKSet.parse(jwks.body());
        assertThat(keys.getKeys()).hasSize(1);
        ECKey published = keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toECKey();
        assertThat(published.isPrivate()).isFalse();
        assertThat(jwks.body()).doesNotContain("\"d\"");
        assertThat(jwt.verify(new ECDSAVerifier(published))).isTrue();
    }

    @Test
    void form_encoded_token_requests_work_too() {
        RegisteredClient client = app.registerClient(ACCOUNT, Scopes.READ_SHOPPING);

        TestService.Answer answer = app.sendRaw("POST", TestService.tokenPath(ACCOUNT),
                "grant_type=client_credentials&audience=https%3A%2F%2Fapi.example%2Fv1%2Faccounts%2F" + ACCOUNT,
                "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", TestService.basic(client.clientId(), client.clientSecret()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static String withoutRequestId(TestService.Answer answer) {
        return answer.body().replace(answer.header("X-Request-Id"), "");
    }

    @Test
    void wrong_secret_and_unknown_client_get_the_very_same_401() {
        RegisteredClient client = app.registerClient(ACCOUNT, Scopes.READ_SHOPPING);

        TestService.Answer wrongSecret = app.requestToken(ACCOUNT, client.clientId(), "not-the-secret");
        TestService.Answer unknownClient = app.requestToken(ACCOUNT, "no-such-client", client.clientSecret());
        TestService.Answer otherAccount = app.requestToken(OTHER_ACCOUNT, client.clientId(), client.clientSecret());

        for (TestService.Answer answer : new TestService.Answer[] {wrongSecret, unknownClient, otherAccount}) {
            assertThat(answer.status()).isEqualTo(401);
            // Identical but for the request id every answer carries (its own).
            assertThat(withoutRequestId(answer)).isEqualTo(withoutRequestId(wrongSecret));
            assertThat(answer.json().at("/error/request_id").asText()).isEqualTo(answer.header("X-Request-Id"));
            assertThat(answer.header("WWW-Authenticate")).isEqualTo(wrongSecret.header("WWW-Authenticate"));
        }
        assertThat(wrongSecret.json().at("/error/code").asText()).isEqualTo("INVALID_CLIENT");
        assertThat(wrongSecret.body()).doesNotContain("secret").doesNotContain("unknown").doesNotContain("no-such");
        assertThat(wrongSecret.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void missing_or_malformed_basic_credentials_are_401() {
        String path = TestService.tokenPath(ACCOUNT);
        String body = TestService.tokenRequestBody(ACCOUNT);

        assertThat(app.sendRaw("POST", path, body).status()).isEqualTo(401);
        assertThat(app.sendRaw("POST", path, body, "Authorization", "Basic !!!").status()).isEqualTo(401);
        assertThat(app.sendRaw("POST", path, body, "Authorization", "Bearer " + app.tokenFor(ACCOUNT)).status())
                .isEqualTo(401);
    }

    @Test
    void bad_grant_type_or_audience_is_400_naming_the_field() {
        RegisteredClient client = app.registerClient(ACCOUNT, Scopes.READ_SHOPPING);
        String auth = TestService.basic(client.clientId(), client.clientSecret());
        String path = TestService.tokenPath(ACCOUNT);

        TestService.Answer grant = app.sendRaw("POST", path,
                "{\"grant_type\":\"password\",\"audience\":\"x/v1/accounts/" + ACCOUNT + "\"}", "Authorization", auth);
        TestService.Answer noAudience = app.sendRaw("POST", path, "{\"grant_type\":\"client_credentials\"}",
                "Authorization", auth);
        TestService.Answer otherAudience = app.sendRaw("POST", path,
                "{\"grant_type\":\"client_credentials\",\"audience\":\"https://x/v1/accounts/" + OTHER_ACCOUNT + "\"}",
                "Authorization", auth);
        TestService.Answer noBody = app.sendRaw("POST", path, null, "Authorization", auth,
                "Content-Type", "application/json");

        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.json().at("/error/errors/0/field").asText()).isEqualTo("grant_type");
        assertThat(noAudience.status()).isEqualTo(400);
        assertThat(noAudience.json().at("/error/message").asText()).isEqualTo("audience is required");
        assertThat(otherAudience.status()).isEqualTo(400);
        assertThat(otherAudience.json().at("/error/errors/0/field").asText()).isEqualTo("audience");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.json().at("/error/errors/0/field").asText()).isEqualTo("grant_type");
    }

    @Test
    void a_malformed_account_is_400_at_the_token_endpoint_too() {
        TestService.Answer answer = app.requestToken("X1", "c", "s");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("aid");
    }

    // --- refusals on a protected route ---

    @Test
    void no_token_is_401_with_bearer_challenge() {
        assertUnauthorized(app.anonymous().get(A_DRAFT));
        assertUnauthorized(app.anonymous().post(DRAFTS, DRAFT_BODY));
    }

    @Test
    void garbage_tokens_are_401() {
        assertUnauthorized(getDraft("Bearer garbage"));
        assertUnauthorized(getDraft("Bearer a.b.c"));
        assertUnauthorized(getDraft("Bearer "));
        assertUnauthorized(getDraft("Token " + app.tokenFor(ACCOUNT)));
    }

    @Test
    void a_token_the_service_would_sign_is_accepted_so_each_forgery_below_fails_for_its_own_reason()
            throws Exception {
        assertThat(getDraft("Bearer " + withServiceKey(b -> b)).status()).isEqualTo(404);
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        String expired = withServiceKey(b -> b.issueTime(Date.from(hourAgo))
                .expirationTime(Date.from(hourAgo.plusSeconds(600))));

        assertUnauthorized(getDraft("Bearer " + expired));
        assertThat(getDraft("Bearer " + expired).header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void a_token_signed_by_another_key_is_401() throws Exception {
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(JWK.parse(KEY).getKeyID()).generate();

        assertUnauthorized(getDraft("Bearer " + sign(JWSAlgorithm.ES256, new ECDSASigner(stranger), claims().build())));
    }

    @Test
    void alg_none_is_401() {
        assertUnauthorized(getDraft("Bearer " + new PlainJWT(claims().build()).serialize()));
    }

    @Test
    void hs256_signed_with_the_public_key_is_401() throws Exception {
        ECKey publicKey = JWK.parse(KEY).toECKey().toPublicJWK();
        String jwksKey = app.anonymous().get("/v1/.well-known/jwks.json").json().at("/keys/0").toString();

        for (byte[] secret : new byte[][] {publicKey.toECPublicKey().getEncoded(), jwksKey.getBytes()}) {
            assertUnauthorized(getDraft("Bearer " + sign(JWSAlgorithm.HS256, new MACSigner(secret), claims().build())));
        }
    }

    @Test
    void a_token_of_another_issuer_or_type_is_401() throws Exception {
        assertUnauthorized(getDraft("Bearer " + withServiceKey(b -> b.issuer("https://evil.example"))));
        SignedJWT plainType = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
                .keyID(JWK.parse(KEY).getKeyID()).build(), claims().build());
        plainType.sign(new ECDSASigner(JWK.parse(KEY).toECKey()));
        assertUnauthorized(getDraft("Bearer " + plainType.serialize()));
    }

    @Test
    void a_token_of_another_account_is_403() {
        TestService.Answer answer = getDraft("Bearer " + app.tokenFor(OTHER_ACCOUNT));

        assertForbidden(answer);
        assertThat(answer.json().at("/error/message").asText()).contains(ACCOUNT);
        assertForbidden(app.anonymous().post(DRAFTS, DRAFT_BODY, "Authorization", "Bearer " + app.tokenFor(OTHER_ACCOUNT)));
    }

    @Test
    void a_token_without_a_shopping_scope_is_403() {
        RegisteredClient hooksOnly = app.registerClient(ACCOUNT, Scopes.ADMIN_HOOKS, Scopes.READ_DISCOUNTS);
        String token = app.token(ACCOUNT, hooksOnly.clientId(), hooksOnly.clientSecret());

        TestService.Answer answer = getDraft("Bearer " + token);

        assertForbidden(answer);
        assertThat(answer.json().at("/error/message").asText()).contains("read:shopping");
    }

    @Test
    void a_read_only_client_reads_but_cannot_write() {
        RegisteredClient reader = app.registerClient(ACCOUNT, Scopes.READ_SHOPPING);
        String token = app.token(ACCOUNT, reader.clientId(), reader.clientSecret());

        assertThat(getDraft("Bearer " + token).status()).isEqualTo(404);
        assertForbidden(app.anonymous().post(DRAFTS, DRAFT_BODY, "Authorization", "Bearer " + token));
    }

    @Test
    void a_malformed_aid_stays_400_whatever_the_token() {
        assertThat(app.anonymous().get("/v1/accounts/X123/shopping/draft_orders/" + UUID.randomUUID()).status())
                .isEqualTo(400);
        assertThat(app.anonymous().get("/v1/accounts/X123/shopping/draft_orders/" + UUID.randomUUID(),
                "Authorization", "Bearer " + app.tokenFor(ACCOUNT)).status()).isEqualTo(400);
    }

    @Test
    void created_by_is_the_tokens_client_id() {
        RegisteredClient writer = app.registerClient(ACCOUNT, Scopes.WRITE_SHOPPING);
        String token = app.token(ACCOUNT, writer.clientId(), writer.clientSecret());

        TestService.Answer created = app.anonymous().post(DRAFTS, DRAFT_BODY, "Authorization", "Bearer " + token);

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().get("created_by").asText()).isEqualTo(writer.clientId());
    }

    @Test
    void test_service_attaches_the_paths_account_token_by_itself() {
        assertThat(app.post(DRAFTS, DRAFT_BODY).status()).isEqualTo(200);
        assertThat(app.get("/v1/accounts/T55555555/shopping/draft_orders/" + UUID.randomUUID()).status())
                .as("an account first seen here gets its own client").isEqualTo(404);
    }
}
