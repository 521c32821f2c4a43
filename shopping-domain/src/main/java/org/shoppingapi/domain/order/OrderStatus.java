package org.shoppingapi.domain.order;

/** Life cycle of an order: {@code open}, {@code closed} (may reopen) and {@code cancelled} (final). */
public enum OrderStatus {
    OPEN, CLOSED, CANCELLED
}
