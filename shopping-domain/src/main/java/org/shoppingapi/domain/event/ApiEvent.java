package org.shoppingapi.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Written by the server on every accepted change; {@code draftId} is set when a draft created or updated an order. */
public record ApiEvent(UUID id, Instant createdAt, String createdBy, long version, UUID draftId, ChangeSource source)
        implements OrderEvent {

    public static final String TYPE = "api-event";

    public ApiEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
