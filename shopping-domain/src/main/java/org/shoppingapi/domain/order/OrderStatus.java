package org.shoppingapi.domain.order;

import org.shoppingapi.domain.wire.WireNames;

/** Life cycle of an order: {@code open}, {@code closed} (may reopen) and {@code cancelled} (final). */
public enum OrderStatus {
    OPEN, CLOSED, CANCELLED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static OrderStatus fromWire(String value) {
        return WireNames.parse(OrderStatus.class, value, "status");
    }
}
