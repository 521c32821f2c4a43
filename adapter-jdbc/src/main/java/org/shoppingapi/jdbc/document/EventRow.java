package org.shoppingapi.jdbc.document;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A stored api- or service-event: {@code eventType} says which, and which fields it must have ({@code version} for
 * an api-event; {@code state}, {@code service}, {@code serviceStatus} and {@code metadata} for a service event).
 * As the body of a {@code draft_events}/{@code order_events} row it carries {@code schemaVersion} 1; inside a
 * version-1 draft or order document (events before they became rows) it has none.
 */
public record EventRow(Integer schemaVersion, String eventType, UUID id, Instant createdAt, String createdBy, Long version, UUID draftId,
                       RequestRow request, String state, String service, String serviceStatus, String description,
                       Map<String, Object> metadata) implements StoredDocument {

    /** The version of an event row's body. */
    public static final int CURRENT_VERSION = 1;

    /** The request of an api-event. */
    public record RequestRow(String path, String method) {
    }
}
