package org.shoppingapi.rest.auth;

import static org.shoppingapi.rest.outbound.token.AccessTokenFormat.ACCOUNT_CLAIM;
import static org.shoppingapi.rest.outbound.token.AccessTokenFormat.CLIENT_ID_CLAIM;
import static org.shoppingapi.rest.outbound.token.AccessTokenFormat.MAX_CLOCK_SKEW_SECONDS;
import static org.shoppingapi.rest.outbound.token.AccessTokenFormat.SCOPE_CLAIM;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.rest.outbound.token.AccessTokenFormat;

/**
 * Checks bearer tokens against the service's public key. Verification is pinned to that key's algorithm and to the
 * {@code at+jwt} type, so {@code alg: none}, HS256 made with the public key, or any other algorithm is refused; it
 * checks signature, issuer, audience, account, {@code exp} and {@code iat} with
 * {@value AccessTokenFormat#MAX_CLOCK_SKEW_SECONDS} s of clock skew.
 */
public final class JwtTokenVerifier implements TokenVerifier {

    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor;

    /** {@code publicKey}: the signer's public key (its private half is never needed here). */
    public JwtTokenVerifier(JWK publicKey, String issuer, Clock clock) {
        this.clock = clock;
        this.processor = processor(publicKey.toPublicJWK(), AccessTokenFormat.algorithmOf(publicKey), issuer, clock);
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
            if (!AccountId.isWellFormed(account)) {
                throw new InvalidTokenException("bad account claim");
            }
            if (!List.of(AccessTokenFormat.audienceOf(account)).equals(claims.getAudience())) {
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

    private static DefaultJWTProcessor<SecurityContext> processor(JWK publicKey, JWSAlgorithm algorithm, String issuer,
                                                                  Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(AccessTokenFormat.TYPE));
        // The one accepted algorithm is the key's own: the header's alg never chooses how to verify.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithm,
                new ImmutableJWKSet<>(new JWKSet(publicKey))));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), AccessTokenFormat.REQUIRED_CLAIMS) {
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
