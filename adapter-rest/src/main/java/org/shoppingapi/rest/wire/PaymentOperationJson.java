package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A recorded payment operation as answered: the request's fields plus {@code id}, {@code amount} (Σ items) and audit. */
public record PaymentOperationJson(
        String id,
        long amount,
        List<PaymentItemJson> items,
        boolean success,
        Instant processedAt,
        String processedBy,
        Map<String, Object> paymentDetails,
        Map<String, Object> metadata,
        Instant createdAt,
        String createdBy,
        @JsonProperty("_links") List<LinkJson> links) {
}
