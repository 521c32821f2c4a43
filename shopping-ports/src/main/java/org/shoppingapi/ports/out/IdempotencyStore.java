package org.shoppingapi.ports.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys per account: who claimed a key for which request fingerprint, and the response once there is one.
 * Every method commits on its own (never inside a caller's transaction), so other requests see a claim at once.
 */
public interface IdempotencyStore {

    /** A stored key; {@code response} is empty while the claiming request still runs. */
    record StoredKey(String fingerprint, Instant claimedAt, Optional<StoredResponse> response) {
    }

    /** A recorded response. */
    record StoredResponse(int status, String contentType, String etag, byte[] body) {
    }

    /**
     * Claims {@code key} atomically (a concurrent claim of the same key loses): true when the key was free, or was
     * last claimed before {@code expiredBefore} and so is taken over afresh.
     */
    boolean claim(String accountId, String key, String fingerprint, Instant now, Instant expiredBefore);

    /**
     * Takes over a claim still without a response that was made before {@code staleBefore} (its request died with
     * its process); true when this caller now owns the key.
     */
    boolean takeOverStale(String accountId, String key, String fingerprint, Instant now, Instant staleBefore);

    Optional<StoredKey> find(String accountId, String key);

    void complete(String accountId, String key, StoredResponse response);

    /** Deletes a claim that has no response yet. */
    void release(String accountId, String key);

    /** Deletes keys claimed before {@code expiredBefore}; returns how many. */
    int deleteExpired(Instant expiredBefore);
}
