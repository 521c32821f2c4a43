package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A webhook subscription as answered: its config without the secret, which is never shown. */
public record SubscriptionJson(
        String id,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String deletedBy,
        Instant deletedAt,
        ConfigJson config,
        List<String> events,
        @JsonProperty("_links") List<LinkJson> links) {

    /** Where and how events are delivered. */
    public record ConfigJson(String url, String contentType) {
    }
}
