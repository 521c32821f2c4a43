package org.shoppingapi.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.out.auth.TokenClaims;
import org.shoppingapi.rest.outbound.token.AccessTokenFormat;
import org.shoppingapi.rest.outbound.token.JwtTokenSigner;
import org.shoppingapi.rest.outbound.token.SigningKeys;

/**
 * The verified-token cache in front of the real ES256 verifier, on a clock the test moves: a hit skips the signature
 * check, an entry never outlives the token's exp, refusals are never remembered, the size is bounded.
 */
class CachingTokenVerifierTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final long LIFETIME = 3600;

    final MovableClock clock = new MovableClock(NOW);
    final JwtTokenSigner signer = JwtTokenSigner.create(SigningKeys.generate(), "shopping-api");
    final JwtTokenVerifier verifier = new JwtTokenVerifier(signer.publicKey(), "shopping-api", clock);
    final AtomicInteger checks = new AtomicInteger();
    final TokenVerifier counted = token -> {
        checks.incrementAndGet();
        return verifier.verify(token);
    };
    final CachingTokenVerifier cache = new CachingTokenVerifier(counted, clock, 100);

    String token(String client, String account) {
        return signer.sign(new TokenClaims(client, account, List.of("read:shopping"), NOW, NOW.plusSeconds(LIFETIME)));
    }

    @Test
    void a_token_seen_before_is_answered_without_checking_its_signature_again() throws Exception {
        String token = token("pos-1", "T12345678");

        VerifiedToken first = cache.verify(token);
        VerifiedToken second = cache.verify(token);

        assertThat(second).isEqualTo(first);
        assertThat(second.accountId()).isEqualTo("T12345678");
        assertThat(second.expiresAt()).isEqualTo(NOW.plusSeconds(LIFETIME));
        assertThat(checks).hasValue(1);
    }

    @Test
    void each_token_is_its_own_entry_so_another_accounts_token_keeps_its_own_account() throws Exception {
        String mine = token("pos-1", "T12345678");
        String theirs = token("pos-9", "T99999999");

        cache.verify(mine);

        assertThat(cache.verify(theirs).accountId()).isEqualTo("T99999999");
        assertThat(cache.verify(mine).accountId()).isEqualTo("T12345678");
        assertThat(checks).hasValue(2);
    }

    @Test
    void an_entry_never_outlives_the_tokens_exp() throws Exception {
        String token = token("pos-1", "T12345678");
        cache.verify(token);

        clock.set(NOW.plusSeconds(LIFETIME).minusMillis(1));
        cache.verify(token);
        assertThat(checks).as("still cached a millisecond before exp").hasValue(1);

        clock.set(NOW.plusSeconds(LIFETIME));
        // At exp the cached entry is never served: each verify runs the full check (within the verifier's clock
        // skew it still accepts), and the token is not remembered again, or the second call would not check.
        // (Caffeine's size is not asserted: its timer wheel evicts in buckets of about a second, seen flaky.)
        cache.verify(token);
        cache.verify(token);
        assertThat(checks).as("both calls at exp ran the full check").hasValue(3);
    }

    @Test
    void an_expired_token_is_refused_although_it_was_cached() throws Exception {
        String token = token("pos-1", "T12345678");
        cache.verify(token);

        clock.set(NOW.plusSeconds(LIFETIME + AccessTokenFormat.MAX_CLOCK_SKEW_SECONDS + 1));

        assertThatThrownBy(() -> cache.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_refused_token_is_never_remembered() {
        String forged = token("pos-1", "T12345678") + "x";

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.verify(forged)).isInstanceOf(InvalidTokenException.class);
        }
        assertThat(checks).hasValue(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void the_cache_holds_at_most_its_maximum_size() throws Exception {
        CachingTokenVerifier small = new CachingTokenVerifier(counted, clock, 2);
        for (int i = 0; i < 10; i++) {
            small.verify(token("pos-" + i, "T12345678"));
        }

        assertThat(small.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void clear_forgets_every_token() throws Exception {
        String token = token("pos-1", "T12345678");
        cache.verify(token);

        cache.clear();
        cache.verify(token);

        assertThat(checks).hasValue(2);
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
