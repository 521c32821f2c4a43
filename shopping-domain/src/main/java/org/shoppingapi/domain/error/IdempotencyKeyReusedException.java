package org.shoppingapi.domain.error;

/** An {@code Idempotency-Key} sent again with a different request (HTTP 422). */
public final class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was already used with a different request");
    }
}
