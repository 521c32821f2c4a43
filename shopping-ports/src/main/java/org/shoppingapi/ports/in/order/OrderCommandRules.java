package org.shoppingapi.ports.in.order;

import org.shoppingapi.domain.error.ValidationException;

/** The checks shared by the order commands and queries, so each refuses to exist in the same words. */
final class OrderCommandRules {

    private OrderCommandRules() {
    }

    /** An order is named by its {@code order_id} (any string) or its id; only an empty name is refused. */
    static void requireOrderRef(String orderRef) {
        if (orderRef == null || orderRef.isBlank()) {
            throw ValidationException.of("order_id", "is required");
        }
    }
}
