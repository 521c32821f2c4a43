package org.shoppingapi.domain.order;

/** The four payment operations an order records. */
public enum PaymentKind {
    AUTHORIZATION, CAPTURE, REFUND, CANCELLATION;

    /** Captures and refunds must name the lines they cover. */
    public boolean requiresItems() {
        return this == CAPTURE || this == REFUND;
    }
}
