package org.shoppingapi.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event's delivery to one subscription, as its log shows it. {@code id} is the {@code event_delivery} the
 * receiver sees (stable over retries, so receivers dedupe by it); {@code lastResponseCode} is absent when the last
 * attempt got no HTTP answer (then {@code lastError} says why); {@code nextAttemptAt} is set while pending.
 */
public record Delivery(UUID id, UUID subscriptionId, UUID eventId, EventType event, DeliveryStatus status,
                       int attempts, Integer lastResponseCode, String lastError, Instant lastAttemptAt,
                       Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
    }
}
