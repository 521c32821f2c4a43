package org.shoppingapi.rest.wire;

/** Draft options on the wire (SPEC §3). */
public record DraftOptionsJson(
        Boolean splitDraft,
        String orderId,
        String replace,
        String generateOrderId,
        Object serialOrderNumberSuffix,
        Object payout) {
}
