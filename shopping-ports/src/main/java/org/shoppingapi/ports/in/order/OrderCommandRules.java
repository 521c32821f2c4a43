package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.Caller;

/** The checks shared by the order commands and queries, so each refuses to exist in the same words. */
final class OrderCommandRules {

    private OrderCommandRules() {
    }

    static void requireCaller(Caller caller) {
        if (caller == null) {
            throw new IllegalArgumentException("caller is required");
        }
    }

    /** An order is named by its {@code order_id} (any string) or its id; only an empty name is refused. */
    static void requireOrderRef(String orderRef) {
        if (orderRef == null || orderRef.isBlank()) {
            throw ValidationException.of("order_id", "is required");
        }
    }
}
