package org.shoppingapi.app.webhook;

import io.helidon.config.Config;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.shoppingapi.domain.webhook.RetryPolicy;

/**
 * How this instance delivers webhooks ({@code webhooks.*} in {@code application.yaml}, each overridable by an
 * environment variable such as {@code WEBHOOKS_TIMEOUT}). Durations are ISO-8601 ({@code PT10S}, {@code PT0.2S}).
 *
 * @param dispatch    whether this instance delivers at all (events are written either way)
 * @param poll        how often to look for due deliveries; a commit on this instance wakes it at once anyway
 * @param timeout     one attempt, from connecting to the end of the response
 * @param maxAttempts attempts per delivery before it is marked failed
 * @param backoffBase the wait after the first failed attempt, doubled after each further one
 * @param backoffMax  the longest wait between two attempts
 * @param lease       how long a claimed delivery stays with its dispatcher; after it, another may retry it
 * @param concurrency attempts in flight at once on this instance
 * @param concurrencyPerAccount attempts of one account in flight at once, over all instances (fairness, SPEC §6)
 * @param allowPrivateTargets   whether URLs may point at loopback, private and link-local addresses (SPEC §6; for
 *                              local development and tests only)
 */
public record WebhookSettings(boolean dispatch, Duration poll, Duration timeout, int maxAttempts,
                              Duration backoffBase, Duration backoffMax, Duration lease, int concurrency,
                              int concurrencyPerAccount, boolean allowPrivateTargets) {

    /** An attempt's outcome is recorded within this margin after its timeout; the lease must cover both. */
    static final Duration RECORD_MARGIN = Duration.ofSeconds(5);

    public WebhookSettings {
        requirePositive("webhooks.poll", poll);
        requirePositive("webhooks.timeout", timeout);
        if (concurrency < 1) {
            throw new IllegalArgumentException("webhooks.concurrency must be at least 1");
        }
        if (concurrencyPerAccount < 1) {
            throw new IllegalArgumentException("webhooks.account.concurrency must be at least 1");
        }
        if (lease.compareTo(timeout.plus(RECORD_MARGIN)) < 0) {
            throw new IllegalArgumentException("webhooks.lease (" + lease + ") must be at least webhooks.timeout + "
                    + RECORD_MARGIN.toSeconds() + "s, or a slow attempt's delivery would be sent twice");
        }
        retryPolicyOf(maxAttempts, backoffBase, backoffMax);
    }

    public static WebhookSettings from(Config config) {
        Config hooks = config.get("webhooks");
        Duration timeout = duration(hooks, "timeout", Duration.ofSeconds(10));
        return new WebhookSettings(
                hooks.get("dispatch").asBoolean().orElse(true),
                duration(hooks, "poll", Duration.ofSeconds(1)),
                timeout,
                hooks.get("attempts").asInt().orElse(15),
                duration(hooks, "backoff.base", Duration.ofSeconds(5)),
                duration(hooks, "backoff.max", Duration.ofHours(1)),
                duration(hooks, "lease", timeout.plus(Duration.ofSeconds(30))),
                hooks.get("concurrency").asInt().orElse(16),
                hooks.get("account.concurrency").asInt().orElse(4),
                hooks.get("allow.private.targets").asBoolean().orElse(false));
    }

    public RetryPolicy retryPolicy() {
        return retryPolicyOf(maxAttempts, backoffBase, backoffMax);
    }

    private static RetryPolicy retryPolicyOf(int maxAttempts, Duration base, Duration max) {
        try {
            return new RetryPolicy(maxAttempts, base, max);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhooks.attempts / webhooks.backoff: " + e.getMessage(), e);
        }
    }

    private static Duration duration(Config hooks, String key, Duration fallback) {
        String text = hooks.get(key).asString().orElse(null);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("webhooks." + key + " must be an ISO-8601 duration such as PT10S, not "
                    + text, e);
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be positive");
        }
    }
}
