package org.shoppingapi.domain.order;

import org.shoppingapi.domain.payout.PayoutSplit;

/**
 * The part of a payment operation that concerns one order line, in minor units; {@code payout} is how the amount
 * is split among the parties of the sale when the line has a payout rule (null otherwise).
 */
public record PaymentItem(int lineId, long amount, PayoutSplit payout) {

    /** An item as a client requests it: the split is the order's to compute. */
    public PaymentItem(int lineId, long amount) {
        this(lineId, amount, null);
    }
}
