package org.shoppingapi.rest.wire;

import java.time.Instant;
import java.util.Map;

/** An api-event or service-event on the wire (SPEC §3, seed 000). */
public record EventJson(
        String id,
        String eventType,
        Instant createdAt,
        String createdBy,
        Long version,
        String draftId,
        RequestJson request,
        String state,
        String service,
        String serviceStatus,
        String description,
        Map<String, Object> metadata) {

    /** The request that caused an api-event. */
    public record RequestJson(String path, String method) {
    }
}
