package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An api-event or service-event on the wire (SPEC §3, seed 000); {@code _links} only where an answer has them. */
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
        Map<String, Object> metadata,
        @JsonProperty("_links") List<LinkJson> links) {

    /** The request that caused an api-event. */
    public record RequestJson(String path, String method) {
    }
}
