package org.shoppingapi.ports.in.idempotency;

/**
 * {@code Idempotency-Key} on POST (SPEC §1): the first request with a key runs, repeats with the same fingerprint
 * get its response again (a repeat arriving while the first still runs waits for it), a repeat with another
 * fingerprint is refused (422). Keys are scoped per account and kept at least 24 hours.
 */
public interface IdempotentRequestsUseCase {

    /**
     * Claims the key or finds its first response. Throws {@code IdempotencyKeyReusedException} for another
     * fingerprint, and a conflict when the first request is still running after the wait.
     */
    IdempotencyDecision begin(BeginRequestCommand command);

    /** Keeps the response of the request that owns the key, for replays. */
    void finish(String accountId, String key, RecordedResponse response);

    /** Gives the key up after a failure that a retry may cure (a 5xx), so the retry runs afresh. */
    void abandon(String accountId, String key);
}
