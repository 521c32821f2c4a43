package org.shoppingapi.domain.webhook;

import java.time.Duration;

/**
 * When a failed delivery attempt is tried again: never after a 4xx other than 408 and 429 (the receiver refused
 * this request and would refuse it again), otherwise until {@code maxAttempts} attempts were made, waiting
 * {@code base × 2^(attempt-1)} (capped at {@code maxDelay}) with "equal jitter": a random point in the upper half,
 * so receivers recovering from an outage are not hit by every sender at the same instant.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base must be positive");
        }
        if (maxDelay.compareTo(base) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least base");
        }
    }

    /** Whether an answer with {@code statusCode} (absent: no answer, e.g. a timeout) is worth another attempt. */
    public static boolean retryable(Integer statusCode) {
        if (statusCode == null) {
            return true;
        }
        boolean clientError = statusCode >= 400 && statusCode < 500;
        return !clientError || statusCode == 408 || statusCode == 429;
    }

    /** Whether a delivery whose attempt number {@code attempt} failed with {@code statusCode} gets another one. */
    public boolean retries(int attempt, Integer statusCode) {
        return attempt < maxAttempts && retryable(statusCode);
    }

    /**
     * How long to wait after failed attempt number {@code attempt} (1 = the first); {@code unitRandom} in [0, 1)
     * places the delay within the upper half of the exponential step.
     */
    public Duration delayAfter(int attempt, double unitRandom) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1");
        }
        if (unitRandom < 0 || unitRandom >= 1) {
            throw new IllegalArgumentException("unitRandom must be in [0, 1)");
        }
        long cap = maxDelay.toMillis();
        long step = base.toMillis();
        // Doubling stops at the cap, so a large attempt number cannot overflow.
        for (int i = 1; i < attempt && step < cap; i++) {
            step = Math.min(cap, step * 2);
        }
        step = Math.min(cap, step);
        long half = step / 2;
        return Duration.ofMillis(step - half + (long) (half * unitRandom));
    }
}
