package org.shoppingapi.ports.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys per account: who claimed a key for which request fingerprint, and the response. Every method runs
 * in the caller's transaction when there is one ({@link Transactions}), so a claim commits, or rolls back, with the
 * change and the response of its request; a committed key always has its response.
 */
public interface IdempotencyStore {

    /** A stored key; {@code response} is empty only for a claim an earlier version committed on its own. */
    record StoredKey(String fingerprint, Instant claimedAt, Optional<StoredResponse> response) {
    }

    /** A recorded response. */
    record StoredResponse(int status, String contentType, String etag, byte[] body) {
    }

    /**
     * Claims {@code key} atomically: true when the key was free, was last claimed before {@code expiredBefore}, or has
     * no response (a claim left by an earlier version), and is now this caller's. While another transaction holds an
     * uncommitted claim of the key, this waits for it to end (the key's row lock), then answers as the outcome says.
     */
    boolean claim(String accountId, String key, String fingerprint, Instant now, Instant expiredBefore);

    Optional<StoredKey> find(String accountId, String key);

    void complete(String accountId, String key, StoredResponse response);

    /** Deletes keys claimed before {@code expiredBefore}; returns how many. */
    int deleteExpired(Instant expiredBefore);
}
