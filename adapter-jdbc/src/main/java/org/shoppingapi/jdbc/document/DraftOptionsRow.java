package org.shoppingapi.jdbc.document;

import java.util.Map;

/** Stored draft options; {@code payout} is absent when the draft has no payout option. */
public record DraftOptionsRow(Boolean splitDraft, String orderId, String replace, String generateOrderId,
                              Map<String, Object> attributes, PayoutRows.OptionsRow payout) {
}
