package org.shoppingapi.jdbc.document;

import java.util.Map;

/** Stored draft options. */
public record DraftOptionsRow(Boolean splitDraft, String orderId, String replace, String generateOrderId,
                              Map<String, Object> attributes) {
}
