package org.shoppingapi.domain.order;

/** How far an order is paid, derived from successful captures and refunds against its net amount (SPEC §2). */
public enum PaymentStatus {
    PENDING, PARTIALLY_PAID, PAID, PARTIALLY_REFUNDED, REFUNDED;

    /** The rule of SPEC §2 for captured {@code c}, refunded {@code r} and net amount {@code n}. */
    public static PaymentStatus of(long captured, long refunded, long net) {
        if (refunded > 0 && captured > 0) {
            return refunded >= captured ? REFUNDED : PARTIALLY_REFUNDED;
        }
        if (captured <= 0) {
            return PENDING;
        }
        return captured >= net ? PAID : PARTIALLY_PAID;
    }
}
