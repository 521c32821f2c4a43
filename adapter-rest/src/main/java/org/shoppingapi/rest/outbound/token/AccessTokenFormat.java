package org.shoppingapi.rest.outbound.token;

import com.nimbusds.jose.JOSEObjectType;
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

    private AccessTokenFormat() {
    }

    /** The audience of a token for {@code accountId}: SPEC §1's audience without scheme and host. */
    public static String audienceOf(String accountId) {
        return "/v1/accounts/" + accountId;
    }
}
