package org.shoppingapi.domain.error;

import java.util.List;

/** A request that is well formed but clashes with the resource's current state (HTTP 409). */
public final class ConflictException extends DomainException {

    public static final String PAYMENT_OPERATIONS_EXIST = "ORDER_HAS_PAYMENT_OPERATIONS";
    public static final String AMOUNT_EXCEEDS_AVAILABLE = "AMOUNT_EXCEEDS_AVAILABLE";
    public static final String ORDER_NOT_OPEN = "ORDER_NOT_OPEN";
    public static final String ORDER_CANCELLED = "ORDER_CANCELLED";
    /** A write found the row at another version than the one it read under its lock. */
    public static final String CONCURRENT_UPDATE = "CONCURRENT_UPDATE";
    public static final String UNKNOWN_LINE = "UNKNOWN_LINE";
    public static final String DUPLICATE_ORDER_ID = "DUPLICATE_ORDER_ID";

    public ConflictException(String code, String message) {
        this(code, message, List.of());
    }

    public ConflictException(String code, String message, List<FieldError> errors) {
        super(code, message, errors);
    }

    /** An {@code order_id} already used by another order of the account. */
    public static ConflictException duplicateOrderId(String orderId) {
        return new ConflictException(DUPLICATE_ORDER_ID, "order_id " + orderId + " is already used in this account",
                List.of(new FieldError("order.order_id", "order.order_id must be unique in the account, " + orderId
                        + " is already used")));
    }
}
