package org.shoppingapi.ports.out.webhook;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.shoppingapi.domain.webhook.EventType;

/**
 * A delivery one dispatcher has claimed for one attempt, with what the attempt needs. {@code claim} fences the
 * outcome: once the claim's lease has run out and another dispatcher has claimed the delivery, this attempt's
 * outcome is ignored. {@code payload} is the JSON object rendered by {@link WebhookPayloads}; {@code attempt}
 * counts this one (1 = first). {@code correlationId} names the request that caused the event (null when none did).
 */
public record ClaimedDelivery(UUID id, UUID claim, String accountId, EventType event, String payload, String url,
                              String secret, int attempt, String correlationId) {

    public ClaimedDelivery(UUID id, UUID claim, String accountId, EventType event, String payload, String url,
                           String secret, int attempt) {
        this(id, claim, accountId, event, payload, url, secret, attempt, null);
    }

    public ClaimedDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        // Never print the secret.
        return "ClaimedDelivery[id=" + id + ", event=" + event.name().toLowerCase(Locale.ROOT) + ", url=" + url
                + ", attempt=" + attempt + "]";
    }
}
