package org.shoppingapi.jdbc.document;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A stored api- or service-event: {@code eventType} says which, and which fields it must have ({@code version} for
 * an api-event; {@code state}, {@code service}, {@code serviceStatus} and {@code metadata} for a service event).
 */
public record EventRow(String eventType, UUID id, Instant createdAt, String createdBy, Long version, UUID draftId,
                       RequestRow request, String state, String service, String serviceStatus, String description,
                       Map<String, Object> metadata) {

    /** The request of an api-event. */
    public record RequestRow(String path, String method) {
    }
}
