package org.shoppingapi.domain.order;

import java.util.Locale;
import org.shoppingapi.domain.error.ValidationException;

/** Life cycle of an order: {@code open}, {@code closed} (may reopen) and {@code cancelled} (final). */
public enum OrderStatus {
    OPEN, CLOSED, CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus fromWire(String value) {
        for (OrderStatus s : values()) {
            if (s.wireName().equals(value)) {
                return s;
            }
        }
        throw ValidationException.of("status", "must be one of open, closed, cancelled");
    }
}
