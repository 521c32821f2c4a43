package org.shoppingapi.domain.error;

/** An {@code order_id} already used by another order of the account (HTTP 409 {@code DUPLICATE_ORDER_ID}). */
public final class DuplicateOrderIdException extends RuntimeException {

    public static final String CODE = "DUPLICATE_ORDER_ID";

    private final String orderId;

    public DuplicateOrderIdException(String orderId) {
        super("order_id " + orderId + " is already used in this account");
        this.orderId = orderId;
    }

    public String orderId() {
        return orderId;
    }
}
