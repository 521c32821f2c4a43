package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API answers it (SPEC §3): id, status, payment status, version, audit and closed/cancelled fields,
 * the order content ({@code order_id}, items, totals, pass-through fields, {@code payment_details} as last sent) at the
 * same level, the recorded payment operations of each kind, and, where asked for
 * ({@code include_events}), the events with their collection {@code state}.
 */
public record OrderResponseJson(
        String id,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String status,
        String paymentStatus,
        long version,
        Instant closedAt,
        String closedBy,
        Instant cancelledAt,
        String cancelledBy,
        String cancelledReason,
        @JsonUnwrapped OrderJson content,
        List<PaymentOperationJson> authorizations,
        List<PaymentOperationJson> captures,
        List<PaymentOperationJson> refunds,
        List<PaymentOperationJson> cancellations,
        List<EventJson> events,
        String state,
        @JsonProperty("_links") List<LinkJson> links) {
}
