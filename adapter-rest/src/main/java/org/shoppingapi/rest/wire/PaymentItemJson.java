package org.shoppingapi.rest.wire;

/**
 * The part of a payment operation on one order line, in minor units; {@code payout} (answers only) is its split
 * when the line has a payout rule.
 */
public record PaymentItemJson(Integer lineId, Long amount, PayoutSplitJson payout) {
}
