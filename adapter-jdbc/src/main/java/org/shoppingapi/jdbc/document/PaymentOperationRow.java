package org.shoppingapi.jdbc.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stored payment operation; {@code kind} holds the name of {@link StoredNames}. */
public record PaymentOperationRow(UUID id, String kind, List<PaymentItemRow> items, Long amount, Boolean success,
                                  Instant processedAt, String processedBy, Map<String, Object> paymentDetails,
                                  Map<String, Object> metadata, Instant createdAt, String createdBy) {

    /** One line of a payment operation; {@code payout} is absent for a line without payout. */
    public record PaymentItemRow(Integer lineId, Long amount, PayoutRows.SplitRow payout) {
    }
}
