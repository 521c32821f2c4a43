package org.shoppingapi.domain.order;

import org.shoppingapi.domain.wire.WireNames;

/** The four payment operations an order records; {@code collection()} is the wire path segment. */
public enum PaymentKind {
    AUTHORIZATION("authorizations"), CAPTURE("captures"), REFUND("refunds"), CANCELLATION("cancellations");

    private final String collection;

    PaymentKind(String collection) {
        this.collection = collection;
    }

    public String collection() {
        return collection;
    }

    public String wireName() {
        return WireNames.of(this);
    }

    /** Captures and refunds must name the lines they cover. */
    public boolean requiresItems() {
        return this == CAPTURE || this == REFUND;
    }
}
