package org.shoppingapi.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.out.auth.TokenClaims;
import org.shoppingapi.rest.outbound.token.AccessTokenFormat;
import org.shoppingapi.rest.outbound.token.JwtTokenSigner;
import org.shoppingapi.rest.outbound.token.SigningKeys;

/** Signing and the pinned verification: each forged or stale token is refused, a good one is read back exactly. */
class JwtTokenVerifierTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final String KEY = SigningKeys.generate();
    static final JwtTokenSigner SIGNER = JwtTokenSigner.create(KEY, "shopping-api");
    static final JwtTokenVerifier VERIFIER = verifierAt(NOW);

    static JwtTokenVerifier verifierAt(Instant now) {
        return new JwtTokenVerifier(SIGNER.publicKey(), "shopping-api", at(now));
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static TokenClaims claims(Instant issuedAt, long lifetimeSeconds) {
        return new TokenClaims("pos-1", "T12345678", List.of("read:shopping", "write:shopping"), issuedAt,
                issuedAt.plusSeconds(lifetimeSeconds));
    }

    /** Claims as the service writes them, for forging variants. */
    static JWTClaimsSet.Builder goodClaims() {
        return new JWTClaimsSet.Builder()
                .issuer("shopping-api").subject("pos-1").audience("/v1/accounts/T12345678")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(3600))).jwtID("j1")
                .claim("account_id", "T12345678").claim("client_id", "pos-1").claim("scope", "admin:shopping");
    }

    static String forge(JWSAlgorithm alg, JWSSigner signer, JWTClaimsSet claims, String kid, JOSEObjectType type)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).type(type).keyID(kid).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    static String forgeWithOurKey(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        ECKey key = JWK.parse(KEY).toECKey();
        return forge(JWSAlgorithm.ES256, new ECDSASigner(key), change.apply(goodClaims()).build(), key.getKeyID(),
                AccessTokenFormat.TYPE);
    }

    @Test
    void a_signed_token_verifies_back_to_its_client_account_and_scopes() throws Exception {
        String token = SIGNER.sign(claims(NOW, 3600));

        VerifiedToken verified = VERIFIER.verify(token);

        assertThat(verified.clientId()).isEqualTo("pos-1");
        assertThat(verified.accountId()).isEqualTo("T12345678");
        assertThat(verified.scopes()).containsExactlyInAnyOrder("read:shopping", "write:shopping");
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType()).isEqualTo(AccessTokenFormat.TYPE);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(SIGNER.keyId()).isNotBlank();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("shopping-api");
        assertThat(claims.getSubject()).isEqualTo("pos-1");
        assertThat(claims.getAudience()).containsExactly("/v1/accounts/T12345678");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void a_token_forged_with_our_key_and_good_claims_is_accepted_so_the_refusals_below_are_meaningful()
            throws Exception {
        assertThat(VERIFIER.verify(forgeWithOurKey(b -> b)).accountId()).isEqualTo("T12345678");
    }

    @Test
    void an_rs256_key_signs_and_verifies_with_rs256() throws Exception {
        String rsa = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate().toJSONString();
        JwtTokenSigner signer = JwtTokenSigner.create(rsa, "shopping-api");

        String token = signer.sign(claims(NOW, 60));

        assertThat(signer.algorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(SignedJWT.parse(token).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(new JwtTokenVerifier(signer.publicKey(), "shopping-api", at(NOW)).verify(token).clientId())
                .isEqualTo("pos-1");
    }

    @Test
    void garbage_is_refused() {
        for (String garbage : List.of("", "abc", "a.b.c", "eyJhbGciOiJFUzI1NiJ9..", "Bearer x")) {
            assertThatThrownBy(() -> VERIFIER.verify(garbage)).as(garbage).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void alg_none_is_refused() {
        String unsigned = new PlainJWT(goodClaims().build()).serialize();
        // Also the variant that keeps our type and kid in the header.
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + SIGNER.keyId() + "\"}")
                .toString();
        String payload = Base64URL.encode(goodClaims().build().toString()).toString();

        assertThatThrownBy(() -> VERIFIER.verify(unsigned)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> VERIFIER.verify(header + "." + payload + ".")).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void hs256_made_with_the_public_key_as_secret_is_refused() throws Exception {
        ECKey publicKey = JWK.parse(KEY).toECKey().toPublicJWK();
        byte[] publicDer = publicKey.toECPublicKey().getEncoded();
        byte[] publicJson = publicKey.toJSONString().getBytes(StandardCharsets.UTF_8);

        for (byte[] secret : List.of(publicDer, publicJson)) {
            String token = forge(JWSAlgorithm.HS256, new MACSigner(secret), goodClaims().build(), SIGNER.keyId(),
                    AccessTokenFormat.TYPE);
            assertThatThrownBy(() -> VERIFIER.verify(token)).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void another_algorithm_even_with_our_kid_is_refused() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).generate();
        ECKey p384 = new ECKeyGenerator(Curve.P_384).generate();

        String rs256 = forge(JWSAlgorithm.RS256, new RSASSASigner(rsa), goodClaims().build(), SIGNER.keyId(),
                AccessTokenFormat.TYPE);
        String es384 = forge(JWSAlgorithm.ES384, new ECDSASigner(p384), goodClaims().build(), SIGNER.keyId(),
                AccessTokenFormat.TYPE);

        assertThatThrownBy(() -> VERIFIER.verify(rs256)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> VERIFIER.verify(es384)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_signature_by_another_es256_key_is_refused() throws Exception {
        ECKey stranger = new ECKeyGenerator(Curve.P_256).generate();
        String token = forge(JWSAlgorithm.ES256, new ECDSASigner(stranger), goodClaims().build(), SIGNER.keyId(),
                AccessTokenFormat.TYPE);

        assertThatThrownBy(() -> VERIFIER.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_changed_payload_breaks_the_signature() throws Exception {
        String[] parts = SIGNER.sign(claims(NOW, 3600)).split("\\.");
        String widened = Base64URL.encode(new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("read:shopping write:shopping", "admin:shopping")).toString();

        assertThatThrownBy(() -> VERIFIER.verify(parts[0] + "." + widened + "." + parts[2]))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void expiry_is_checked_with_sixty_seconds_of_skew() throws Exception {
        String token = SIGNER.sign(claims(NOW, 3600));
        Instant expiry = NOW.plusSeconds(3600);

        assertThat(verifierAt(expiry.plusSeconds(59)).verify(token)).isNotNull();
        assertThatThrownBy(() -> verifierAt(expiry.plusSeconds(61)).verify(token))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_token_issued_in_the_future_beyond_the_skew_is_refused() throws Exception {
        String soon = SIGNER.sign(claims(NOW.plusSeconds(30), 3600));
        String later = SIGNER.sign(claims(NOW.plusSeconds(600), 3600));

        assertThat(VERIFIER.verify(soon)).isNotNull();
        assertThatThrownBy(() -> VERIFIER.verify(later)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void issuer_audience_account_type_and_required_claims_are_checked() throws Exception {
        Map<String, UnaryOperator<JWTClaimsSet.Builder>> forgeries = Map.of(
                "other issuer", b -> b.issuer("someone-else"),
                "audience of another account", b -> b.audience("/v1/accounts/T99999999"),
                "account of another audience", b -> b.claim("account_id", "T99999999"),
                "malformed account", b -> b.claim("account_id", "X1").audience("/v1/accounts/X1"),
                "no account", b -> b.claim("account_id", null),
                "no expiry", b -> b.expirationTime(null),
                "no issue time", b -> b.issueTime(null),
                "no scope", b -> b.claim("scope", null),
                "subject is not the client", b -> b.subject("someone"),
                "scope of the wrong type", b -> b.claim("scope", List.of("admin:shopping")));
        for (var forgery : forgeries.entrySet()) {
            String token = forgeWithOurKey(forgery.getValue());
            assertThatThrownBy(() -> VERIFIER.verify(token)).as(forgery.getKey()).isInstanceOf(InvalidTokenException.class);
        }
        ECKey key = JWK.parse(KEY).toECKey();
        String plainJwtType = forge(JWSAlgorithm.ES256, new ECDSASigner(key), goodClaims().build(), key.getKeyID(),
                JOSEObjectType.JWT);
        assertThatThrownBy(() -> VERIFIER.verify(plainJwtType)).as("typ JWT").isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void the_jwks_publishes_the_public_key_only() {
        Map<String, Object> jwks = SIGNER.publicJwks();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) jwks.get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0)).containsEntry("kid", SIGNER.keyId()).containsEntry("kty", "EC")
                .containsEntry("crv", "P-256").containsKeys("x", "y").doesNotContainKey("d");
    }

    @Test
    void the_payload_carries_no_secret_and_plain_claims() throws Exception {
        Payload payload = SignedJWT.parse(SIGNER.sign(claims(NOW, 60))).getPayload();
        assertThat(payload.toJSONObject()).containsEntry("account_id", "T12345678")
                .containsEntry("client_id", "pos-1").containsEntry("scope", "read:shopping write:shopping");
    }
}
