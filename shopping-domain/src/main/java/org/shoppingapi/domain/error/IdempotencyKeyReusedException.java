package org.shoppingapi.domain.error;

import java.util.List;

/** An {@code Idempotency-Key} sent again with a different request (HTTP 422). */
public final class IdempotencyKeyReusedException extends DomainException {

    public static final String CODE = "IDEMPOTENCY_KEY_REUSED";

    public IdempotencyKeyReusedException(String key) {
        super(CODE, "Idempotency-Key " + key + " was already used with a different request", List.of());
    }
}
