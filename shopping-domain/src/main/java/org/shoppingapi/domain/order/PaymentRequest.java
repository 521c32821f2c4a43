package org.shoppingapi.domain.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.common.Attributes;

/** What a client posts to record a payment operation; the order adds id, amount and audit fields. */
public record PaymentRequest(List<PaymentItem> items, Boolean success, Instant processedAt, String processedBy,
                             Map<String, Object> paymentDetails, Map<String, Object> metadata) {

    public PaymentRequest {
        items = Attributes.list(items);
        paymentDetails = Attributes.copy(paymentDetails);
        metadata = Attributes.copy(metadata);
    }

    public static PaymentRequest of(List<PaymentItem> items) {
        return new PaymentRequest(items, true, null, null, Map.of(), Map.of());
    }
}
