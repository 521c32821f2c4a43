package org.shoppingapi.ports.in.idempotency;

/**
 * {@code Idempotency-Key} on POST (SPEC §1): the first request with a key runs, repeats with the same fingerprint
 * get its response again (a repeat arriving while the first still runs waits for it at the key's row lock), a repeat
 * with another fingerprint is refused (422). The key and the response are written in the transaction of the change
 * they answer. Keys are scoped per account and kept at least 24 hours.
 */
public interface IdempotentRequestsUseCase {

    /**
     * Finds the key's first response, or lets the request run under the key. Throws
     * {@code IdempotencyKeyReusedException} for another fingerprint. The returned request must be finished or
     * abandoned on this thread.
     */
    IdempotencyDecision begin(BeginRequestCommand command);
}
