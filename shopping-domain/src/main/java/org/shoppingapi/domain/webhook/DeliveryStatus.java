package org.shoppingapi.domain.webhook;

/**
 * Where one delivery stands: {@code pending} (waiting for its next attempt, or being attempted), {@code delivered}
 * (the receiver answered 2xx), {@code failed} (a final refusal or attempts used up), {@code cancelled} (its
 * subscription was deleted first).
 */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
