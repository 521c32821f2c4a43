package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a subscription's delivery log. {@code id} is the {@code event_delivery} the receiver got;
 * {@code last_response_code} is absent when the last attempt got no HTTP answer ({@code last_error} says why).
 */
public record DeliveryJson(
        String id,
        String subscriptionId,
        String eventId,
        String event,
        String status,
        int attempts,
        Integer lastResponseCode,
        String lastError,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant createdAt,
        @JsonProperty("_links") List<LinkJson> links) {
}
