package org.shoppingapi.application;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.shoppingapi.domain.webhook.RetryPolicy;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.ports.out.webhook.DeliveryQueue;
import org.shoppingapi.ports.out.webhook.WebhookSender;

/**
 * One dispatcher's work, without its threads: claim due deliveries, attempt each, and record the outcome as the
 * retry policy decides (delivered, retry after a backoff, or failed).
 */
public final class WebhookDispatchService {

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final RetryPolicy policy;
    private final Duration lease;
    private final DoubleSupplier random;

    /**
     * {@code lease} must outlast an attempt (its timeout plus the time to record the outcome), or a slow attempt's
     * delivery is claimed again and sent twice; {@code random} gives values in [0, 1) for the jitter.
     */
    public WebhookDispatchService(DeliveryQueue queue, WebhookSender sender, RetryPolicy policy, Duration lease,
                                  DoubleSupplier random) {
        this.queue = queue;
        this.sender = sender;
        this.policy = policy;
        this.lease = lease;
        this.random = random;
    }

    /** Claims up to {@code max} due deliveries for this dispatcher. */
    public List<ClaimedDelivery> claim(int max) {
        return queue.claimDue(max, lease);
    }

    /** Makes the claimed attempt and records its outcome. */
    public AttemptResult attempt(ClaimedDelivery delivery) {
        AttemptResult result;
        try {
            result = sender.send(delivery);
        } catch (RuntimeException e) {
            // A sender bug must not strand the delivery until its lease ends; count it as a failed attempt.
            result = AttemptResult.noAnswer(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (result.succeeded()) {
            queue.delivered(delivery, result);
        } else if (policy.retries(delivery.attempt(), result.statusCode())) {
            queue.retryLater(delivery, result, policy.delayAfter(delivery.attempt(), random.getAsDouble()));
        } else {
            queue.failed(delivery, result);
        }
        return result;
    }
}
