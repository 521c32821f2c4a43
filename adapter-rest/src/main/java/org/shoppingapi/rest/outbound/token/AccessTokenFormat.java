package org.shoppingapi.rest.outbound.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Set;

/**
 * What an access token of this service holds (RFC 9068 JWT): the one description the signer writes by and the
 * request side's verifier ({@code rest.auth.JwtTokenVerifier}) checks against.
 */
public final class AccessTokenFormat {

    /** RFC 9068's type for JWT access tokens: an ID token or any other JWT signed with the same key is no token. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    public static final int MAX_CLOCK_SKEW_SECONDS = 60;
    public static final String ACCOUNT_CLAIM = "account_id";
    public static final String CLIENT_ID_CLAIM = "client_id";
    public static final String SCOPE_CLAIM = "scope";
    /** Every claim a token carries; one missing makes the token invalid. */
    public static final Set<String> REQUIRED_CLAIMS = Set.of("iss", "sub", "aud", "exp", "iat", "jti", ACCOUNT_CLAIM,
            CLIENT_ID_CLAIM, SCOPE_CLAIM);
    /** The smallest RSA key that may sign (RS256). */
    public static final int MIN_RSA_BITS = 2048;

    private AccessTokenFormat() {
    }

    /** The audience of a token for {@code accountId}: SPEC §1's audience without scheme and host. */
    public static String audienceOf(String accountId) {
        return "/v1/accounts/" + accountId;
    }

    /** ES256 for an EC P-256 key, RS256 for RSA of 2048+ bits; anything else is refused. */
    public static JWSAlgorithm algorithmOf(JWK key) {
        if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return requireDeclared(key, JWSAlgorithm.ES256);
        }
        if (key instanceof RSAKey rsa && rsa.size() >= MIN_RSA_BITS) {
            return requireDeclared(key, JWSAlgorithm.RS256);
        }
        throw new IllegalArgumentException("the signing key must be EC P-256 (ES256) or RSA of at least "
                + MIN_RSA_BITS + " bits (RS256), not " + key.getKeyType() + " of " + key.size() + " bits");
    }

    private static JWSAlgorithm requireDeclared(JWK key, JWSAlgorithm algorithm) {
        if (key.getAlgorithm() != null && !algorithm.equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("the signing key declares alg " + key.getAlgorithm()
                    + " but this key signs with " + algorithm);
        }
        return algorithm;
    }
}
