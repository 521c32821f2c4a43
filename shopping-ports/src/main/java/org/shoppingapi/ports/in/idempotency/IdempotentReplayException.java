package org.shoppingapi.ports.in.idempotency;

/**
 * Raised inside a request that carries an {@code Idempotency-Key} when another request with the same key and body
 * committed first (this one waited for it at the key's row lock): this request must change nothing and answer the
 * first one's response, which it carries.
 */
public final class IdempotentReplayException extends RuntimeException {

    private final transient RecordedResponse response;

    public IdempotentReplayException(RecordedResponse response) {
        super("the request with this Idempotency-Key was answered by a simultaneous request", null, false, false);
        this.response = response;
    }

    public RecordedResponse response() {
        return response;
    }
}
