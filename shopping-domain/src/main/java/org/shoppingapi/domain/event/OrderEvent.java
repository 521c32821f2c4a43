package org.shoppingapi.domain.event;

import java.time.Instant;
import java.util.UUID;

/** An entry in a draft's or order's event list: written by the server or posted by a service. */
public sealed interface OrderEvent permits ApiEvent, ServiceEvent {

    UUID id();

    Instant createdAt();

    String createdBy();

    /** {@code api-event} or {@code service-event}, as on the wire. */
    String eventType();
}
