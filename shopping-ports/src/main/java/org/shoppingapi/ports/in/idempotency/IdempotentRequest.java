package org.shoppingapi.ports.in.idempotency;

/**
 * A request that runs under its {@code Idempotency-Key}: the key is claimed in the request's first transaction, and
 * that transaction stays open until the request's answer is known, so the key, the change and the answer commit
 * together or not at all. Exactly one of the two methods is called, on the request's thread.
 */
public interface IdempotentRequest {

    /**
     * Keeps {@code response} for replays. A success commits it with the request's change; a refusal (4xx) keeps
     * nothing of the request but the answer. Throws when the commit fails; then nothing was kept, or (the connection
     * dropped during the commit) everything was, and a retry with the key finds out which.
     */
    void finish(RecordedResponse response);

    /** Rolls back everything the request did, its claim of the key included (a 5xx), so a retry runs afresh. */
    void abandon();
}
