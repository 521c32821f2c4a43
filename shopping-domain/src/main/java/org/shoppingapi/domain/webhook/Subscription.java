package org.shoppingapi.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.shoppingapi.domain.common.Audit;

/**
 * A webhook subscription of one account: where to POST ({@code url}), which events, and the {@code secret} that
 * keys each delivery's signature. The secret is kept (it must be, to sign) but never shown again after creation.
 */
public record Subscription(UUID id, String accountId, String url, String contentType, String secret,
                           Set<EventType> events, Audit audit) {

    /** The only content type deliveries are sent with. */
    public static final String JSON = "application/json";

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(audit, "audit");
        contentType = contentType == null ? JSON : contentType;
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one event type");
        }
        events = Set.copyOf(events);
    }

    /** The event types in their declared order, for stable answers. */
    public List<EventType> eventsInOrder() {
        return List.of(EventType.values()).stream().filter(events::contains).toList();
    }

    public boolean isDeleted() {
        return audit.deletedAt() != null;
    }

    /** This subscription, deleted at {@code at} by {@code by}. */
    public Subscription delete(Instant at, String by) {
        return new Subscription(id, accountId, url, contentType, secret, events, audit.deleted(at, by));
    }
}
