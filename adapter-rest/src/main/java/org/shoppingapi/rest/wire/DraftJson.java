package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A draft order as answered by the API. */
public record DraftJson(
        String id,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String deletedBy,
        Instant deletedAt,
        String status,
        long version,
        List<EventJson> events,
        DraftOptionsJson options,
        OrderJson order,
        @JsonProperty("_links") List<LinkJson> links) {
}
