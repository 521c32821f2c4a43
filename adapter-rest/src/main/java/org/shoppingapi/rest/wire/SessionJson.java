package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A payment session as answered: the provider's id and the {@code url} to send the buyer to, and what it covers. */
public record SessionJson(
        String id,
        String url,
        long amount,
        String currency,
        List<PaymentItemJson> items,
        String profileId,
        Map<String, Object> metadata,
        Instant createdAt,
        String createdBy,
        @JsonProperty("_links") List<LinkJson> links) {
}
