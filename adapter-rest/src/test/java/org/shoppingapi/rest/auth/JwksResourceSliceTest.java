package org.shoppingapi.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;

/**
 * The JWKS resource as a slice, in memory (no database): a public endpoint that answers without a token (and
 * despite a bad one), cacheably, the signing key's public half only, and that key as answered on the wire checks a
 * token the service signed.
 */
class JwksResourceSliceTest {

    static final String JWKS = "/.well-known/jwks.json";

    final RestSlice slice = new RestSlice("T12345678", Set.of(),
            new JwksResource(JwtTokenVerifierTest.SIGNER.publicJwks()));

    @Test
    void anyone_reads_the_public_key_and_it_checks_a_token_the_service_signed() throws Exception {
        Answer answer = slice.call("GET", JWKS, null, null, null);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("max-age=300");
        assertThat(answer.body().get("keys")).singleElement().satisfies(key -> {
            assertThat(key.get("kid").asText()).isEqualTo(JwtTokenVerifierTest.SIGNER.keyId());
            assertThat(key.get("kty").asText()).isEqualTo("EC");
            assertThat(key.has("d")).as("the private half").isFalse();
        });
        JWK published = JWKSet.parse(answer.body().toString()).getKeys().get(0);
        String token = JwtTokenVerifierTest.SIGNER.sign(JwtTokenVerifierTest.claims(JwtTokenVerifierTest.NOW, 60));
        VerifiedToken verified = new JwtTokenVerifier(published, "shopping-api",
                JwtTokenVerifierTest.at(JwtTokenVerifierTest.NOW)).verify(token);
        assertThat(verified.accountId()).isEqualTo("T12345678");
        assertThat(verified.clientId()).isEqualTo("pos-1");
    }

    @Test
    void a_bad_or_scopeless_token_does_not_close_the_public_endpoint_and_it_is_read_only() throws Exception {
        Answer invalid = slice.call("GET", JWKS, null, null, "Bearer not-a-token");
        Answer scopeless = slice.call("GET", JWKS, null);
        Answer post = slice.call("POST", JWKS, "{}");

        assertThat(invalid.status()).isEqualTo(200);
        assertThat(scopeless.status()).isEqualTo(200);
        assertThat(invalid.body()).isEqualTo(scopeless.body());
        assertThat(post.status()).isEqualTo(405);
    }
}
