package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.out.IdempotencyStore;
import org.shoppingapi.ports.out.IdempotencyStore.StoredKey;
import org.shoppingapi.ports.out.IdempotencyStore.StoredResponse;
import org.shoppingapi.ports.out.Transactions;

/**
 * What every {@link IdempotencyStore} does, run against each implementation: the first claim of a key wins and only
 * in its account, the response is kept byte for byte, a claim and its response go with the caller's rolled-back
 * transaction, an expired key or one without a response is claimed afresh, and the purge removes only expired keys.
 */
public abstract class IdempotencyStoreContract {

    protected static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");
    protected static final Instant DAY_AGO = NOW.minus(Duration.ofHours(24));
    protected static final StoredResponse OK = new StoredResponse(200, "application/json", null, new byte[0]);

    protected abstract IdempotencyStore keys();

    protected abstract Transactions transactions();

    @Test
    public void the_first_claim_wins_and_the_response_is_kept_byte_for_byte_in_its_account() {
        String account = newAccount();
        assertThat(keys().claim(account, "k1", "fp", NOW, DAY_AGO)).isTrue();
        StoredKey pending = keys().find(account, "k1").orElseThrow();
        assertThat(pending.fingerprint()).isEqualTo("fp");
        assertThat(pending.claimedAt()).isEqualTo(NOW);
        assertThat(pending.response()).isEmpty();

        byte[] body = "{\"id\":\"ø\"}".getBytes(StandardCharsets.UTF_8);
        keys().complete(account, "k1", new StoredResponse(201, "application/json", "\"0\"", body));
        assertThat(keys().claim(account, "k1", "other-fp", NOW.plusSeconds(1), DAY_AGO)).as("taken").isFalse();
        StoredKey kept = keys().find(account, "k1").orElseThrow();
        assertThat(kept.fingerprint()).as("the loser changed nothing").isEqualTo("fp");
        assertThat(kept.claimedAt()).isEqualTo(NOW);
        StoredResponse stored = kept.response().orElseThrow();
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.contentType()).isEqualTo("application/json");
        assertThat(stored.etag()).isEqualTo("\"0\"");
        assertThat(stored.body()).isEqualTo(body);

        String other = newAccount();
        assertThat(keys().find(other, "k1")).as("keys are per account").isEmpty();
        assertThat(keys().claim(other, "k1", "fp", NOW, DAY_AGO)).isTrue();
        assertThat(keys().find(account, "k2")).isEmpty();
    }

    @Test
    public void a_claim_and_its_response_commit_and_roll_back_with_the_callers_transaction() {
        String account = newAccount();
        transactions().inTransaction(() -> {
            assertThat(keys().claim(account, "kept", "fp", NOW, DAY_AGO)).isTrue();
            keys().complete(account, "kept", OK);
            return null;
        });
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            assertThat(keys().claim(account, "gone", "fp", NOW, DAY_AGO)).isTrue();
            keys().complete(account, "gone", OK);
            throw new IllegalStateException("the caller's work fails");
        })).hasMessage("the caller's work fails");

        assertThat(keys().find(account, "kept").orElseThrow().response()).isPresent();
        assertThat(keys().find(account, "gone")).as("claim undone with the work").isEmpty();
        assertThat(keys().claim(account, "gone", "fp", NOW, DAY_AGO)).as("so the retry claims it").isTrue();
    }

    @Test
    public void an_expired_key_is_claimed_afresh_and_the_purge_removes_only_expired_keys() {
        String account = newAccount();
        Instant old = NOW.minus(Duration.ofHours(25));
        keys().claim(account, "old", "fp-old", old, old.minus(Duration.ofHours(24)));
        keys().complete(account, "old", new StoredResponse(201, "application/json", "\"3\"", new byte[] {1}));
        keys().claim(account, "old2", "fp-old", old, old.minus(Duration.ofHours(24)));
        keys().complete(account, "old2", OK);
        keys().claim(account, "fresh", "fp", NOW.minusSeconds(60), DAY_AGO);
        keys().complete(account, "fresh", OK);

        assertThat(keys().claim(account, "old", "fp-new", NOW, DAY_AGO)).isTrue();
        StoredKey renewed = keys().find(account, "old").orElseThrow();
        assertThat(renewed.fingerprint()).isEqualTo("fp-new");
        assertThat(renewed.claimedAt()).isEqualTo(NOW);
        assertThat(renewed.response()).as("the old answer is gone").isEmpty();
        assertThat(keys().claim(account, "fresh", "fp", NOW, DAY_AGO)).as("kept 24 h").isFalse();

        assertThat(keys().deleteExpired(DAY_AGO)).isGreaterThanOrEqualTo(1);
        assertThat(keys().find(account, "old2")).isEmpty();
        assertThat(keys().find(account, "old")).as("claimed afresh: not expired").isPresent();
        assertThat(keys().find(account, "fresh")).isPresent();
    }

    @Test
    public void a_claim_committed_without_its_response_is_taken_over() {
        String account = newAccount();
        Instant claimed = NOW.minus(Duration.ofMinutes(10));
        assertThat(keys().claim(account, "dead", "fp", claimed, DAY_AGO)).isTrue();
        assertThat(keys().claim(account, "dead", "fp2", NOW, DAY_AGO)).isTrue();
        StoredKey taken = keys().find(account, "dead").orElseThrow();
        assertThat(taken.claimedAt()).isEqualTo(NOW);
        assertThat(taken.fingerprint()).isEqualTo("fp2");
    }
}
