package org.shoppingapi.rest.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** POST /orders/{order_id}/authorizations, /captures, /refunds, /cancellations (SPEC §3); {@code success} defaults to true. */
public record PaymentOperationRequestJson(List<PaymentItemJson> items, Boolean success, Instant processedAt,
                                          String processedBy, Map<String, Object> paymentDetails,
                                          Map<String, Object> metadata) {
}
