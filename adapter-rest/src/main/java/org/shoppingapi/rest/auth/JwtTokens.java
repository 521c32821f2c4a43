package org.shoppingapi.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.shoppingapi.ports.out.auth.TokenClaims;
import org.shoppingapi.ports.out.auth.TokenSigner;

/**
 * Access tokens as JWTs signed with the service's one key (ES256 or RS256). Verification is pinned to that key's
 * algorithm and to the {@code at+jwt} type, so {@code alg: none}, HS256 made with the public key, or any other
 * algorithm is refused; it checks signature, issuer, audience, account, {@code exp} and {@code iat} with
 * {@value #MAX_CLOCK_SKEW_SECONDS} s of clock skew.
 */
public final class JwtTokens implements TokenSigner, TokenVerifier {

    /** RFC 9068's type for JWT access tokens: an ID token or any other JWT signed with the same key is no token. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    public static final int MAX_CLOCK_SKEW_SECONDS = 60;
    public static final String ACCOUNT_CLAIM = "account_id";
    public static final String CLIENT_ID_CLAIM = "client_id";
    public static final String SCOPE_CLAIM = "scope";

    private static final Pattern ACCOUNT_ID = Pattern.compile("^[PT]\\d{8}$");
    private static final Set<String> REQUIRED = Set.of("iss", "sub", "aud", "exp", "iat", "jti", ACCOUNT_CLAIM,
            CLIENT_ID_CLAIM, SCOPE_CLAIM);

    private final JWK key;
    private final JWSAlgorithm algorithm;
    private final JWSSigner signer;
    private final String issuer;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor;

    private JwtTokens(JWK key, String issuer, Clock clock) throws JOSEException {
        this.key = key;
        this.algorithm = SigningKeys.algorithmOf(key);
        this.signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
        this.issuer = issuer;
        this.clock = clock;
        this.processor = processor(key.toPublicJWK(), algorithm, issuer, clock);
    }

    /** Tokens signed and checked with {@code privateKey} (JWK or PEM text, see {@link SigningKeys}). */
    public static JwtTokens create(String privateKey, String issuer, Clock clock) {
        try {
            return new JwtTokens(SigningKeys.parse(privateKey), issuer, clock);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the signing key cannot sign: " + e.getMessage());
        }
    }

    /** The audience of a token for {@code accountId}: SPEC §1's audience without scheme and host. */
    public static String audienceOf(String accountId) {
        return "/v1/accounts/" + accountId;
    }

    @Override
    public String sign(TokenClaims claims) {
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(claims.clientId())
                .audience(audienceOf(claims.accountId()))
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(UUID.randomUUID().toString())
                .claim(ACCOUNT_CLAIM, claims.accountId())
                .claim(CLIENT_ID_CLAIM, claims.clientId())
                .claim(SCOPE_CLAIM, String.join(" ", claims.scopes()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(TYPE).keyID(key.getKeyID()).build(), set);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }

    @Override
    public VerifiedToken verify(String token) throws InvalidTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw new InvalidTokenException(e.getClass().getSimpleName());
        }
        try {
            String account = claims.getStringClaim(ACCOUNT_CLAIM);
            if (account == null || !ACCOUNT_ID.matcher(account).matches()) {
                throw new InvalidTokenException("bad account claim");
            }
            if (!List.of(audienceOf(account)).equals(claims.getAudience())) {
                throw new InvalidTokenException("audience does not match the account");
            }
            // Nimbus checks exp and nbf; a token issued in the future is as suspect as an expired one.
            if (claims.getIssueTime().toInstant().isAfter(clock.instant().plusSeconds(MAX_CLOCK_SKEW_SECONDS))) {
                throw new InvalidTokenException("issued in the future");
            }
            String clientId = claims.getStringClaim(CLIENT_ID_CLAIM);
            if (!claims.getSubject().equals(clientId)) {
                throw new InvalidTokenException("subject and client_id differ");
            }
            Set<String> scopes = new HashSet<>(List.of(claims.getStringClaim(SCOPE_CLAIM).split(" ")));
            scopes.remove("");
            return new VerifiedToken(clientId, account, scopes, claims.getIssueTime().toInstant(),
                    claims.getExpirationTime().toInstant());
        } catch (ParseException e) {
            throw new InvalidTokenException("a claim has the wrong type");
        }
    }

    /** The public key as a JWK Set, for {@code /v1/.well-known/jwks.json}. */
    public Map<String, Object> publicJwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    public String keyId() {
        return key.getKeyID();
    }

    public JWSAlgorithm algorithm() {
        return algorithm;
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWK publicKey, JWSAlgorithm algorithm, String issuer,
                                                                  Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
        // The one accepted algorithm is the key's own: the header's alg never chooses how to verify.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithm,
                new ImmutableJWKSet<>(new JWKSet(publicKey))));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED) {
            @Override
            protected Date currentTime() {
                return Date.from(Instant.now(clock));
            }
        };
        claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }
}
