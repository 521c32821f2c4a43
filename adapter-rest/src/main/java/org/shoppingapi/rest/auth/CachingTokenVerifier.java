package org.shoppingapi.rest.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the tokens one signing key's verifier has accepted, so a client that sends the same bearer token on
 * every call pays for the ES256/RS256 signature check once per token instead of once per request (that check was
 * about half of a GET's CPU). Bounded ({@code maximumSize} tokens, least recently used go first), keyed by the whole
 * token text, and an entry never outlives the token's {@code exp}: it expires then, and a hit is checked against
 * {@code exp} again, so an expired token goes back to the full check, which refuses it. Refused tokens are never
 * remembered. One cache belongs to one verifier, that is one signing key: a new key comes with a new, empty cache
 * (the key is read at start), and {@link #clear()} empties it on demand.
 *
 * <p>Only authentication is cached: the account and scope checks of {@link BearerTokenFilter} run on every request.
 */
public final class CachingTokenVerifier implements TokenVerifier {

    private final TokenVerifier verifier;
    private final Clock clock;
    private final Cache<String, VerifiedToken> accepted;

    public CachingTokenVerifier(TokenVerifier verifier, Clock clock, long maximumSize) {
        this.verifier = verifier;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                // The cache's time is the verifier's clock, so "expires at exp" means the same instant for both.
                .ticker(clockTicker(clock))
                .expireAfter(Expiry.creating((String token, VerifiedToken verified) ->
                        Duration.between(clock.instant(), verified.expiresAt())))
                .build();
    }

    @Override
    public VerifiedToken verify(String token) throws InvalidTokenException {
        Instant now = clock.instant();
        VerifiedToken known = accepted.getIfPresent(token);
        if (known != null && now.isBefore(known.expiresAt())) {
            return known;
        }
        VerifiedToken verified = verifier.verify(token);
        if (now.isBefore(verified.expiresAt())) {
            // A token accepted within the clock skew after its exp is answered but not remembered.
            accepted.put(token, verified);
        }
        return verified;
    }

    /** Forgets every token, e.g. when the signing key is replaced. */
    public void clear() {
        accepted.invalidateAll();
    }

    /** How many tokens are remembered now (after pending evictions ran). */
    public long size() {
        accepted.cleanUp();
        return accepted.estimatedSize();
    }

    private static Ticker clockTicker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
