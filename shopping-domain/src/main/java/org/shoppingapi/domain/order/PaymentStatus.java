package org.shoppingapi.domain.order;

import java.util.Locale;
import org.shoppingapi.domain.error.ValidationException;

/** How far an order is paid, derived from successful captures and refunds against its net amount (SPEC §2). */
public enum PaymentStatus {
    PENDING, PARTIALLY_PAID, PAID, PARTIALLY_REFUNDED, REFUNDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentStatus fromWire(String value) {
        for (PaymentStatus s : values()) {
            if (s.wireName().equals(value)) {
                return s;
            }
        }
        throw ValidationException.of("payment_status",
                "must be one of pending, partially_paid, paid, partially_refunded, refunded");
    }

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
