package org.shoppingapi.domain.webhook;

import java.util.Locale;

/**
 * Where one delivery stands: {@code pending} (waiting for its next attempt, or being attempted), {@code delivered}
 * (the receiver answered 2xx), {@code failed} (a final refusal or attempts used up), {@code cancelled} (its
 * subscription was deleted first).
 */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus fromWire(String value) {
        for (DeliveryStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown delivery status " + value);
    }
}
