package org.shoppingapi.ports.out;

/** Makes {@code order_id}s for {@code generate_order_id: "ALPHANUMERIC_9"}. */
public interface OrderIdGenerator {

    /** A fresh candidate; uniqueness in the account is checked by the caller. */
    String next();
}
