package org.shoppingapi.domain.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.shoppingapi.domain.common.Attributes;

/** A recorded authorization, capture, refund or cancellation; {@code amount} is Σ items. */
public record PaymentOperation(UUID id, PaymentKind kind, List<PaymentItem> items, long amount, boolean success,
                               Instant processedAt, String processedBy, Map<String, Object> paymentDetails,
                               Map<String, Object> metadata, Instant createdAt, String createdBy) {

    public PaymentOperation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        items = Attributes.list(items);
        paymentDetails = Attributes.copy(paymentDetails);
        metadata = Attributes.copy(metadata);
    }

    /** This operation's amount on one line (0 when it does not cover the line). */
    public long amountOn(int lineId) {
        long sum = 0;
        for (PaymentItem item : items) {
            if (item.lineId() == lineId) {
                sum = org.shoppingapi.domain.money.Amounts.add(sum, item.amount());
            }
        }
        return sum;
    }
}
