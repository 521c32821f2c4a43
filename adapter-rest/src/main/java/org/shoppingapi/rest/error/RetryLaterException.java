package org.shoppingapi.rest.error;

import java.time.Duration;

/** A refusal the client may retry after a while: 429 or 503 with {@code Retry-After} in whole seconds (at least 1). */
public final class RetryLaterException extends ApiException {

    private final long retryAfterSeconds;

    public RetryLaterException(int status, String code, String message, Duration retryAfter) {
        super(status, code, message);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
