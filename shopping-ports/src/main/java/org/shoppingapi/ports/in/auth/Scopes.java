package org.shoppingapi.ports.in.auth;

import java.util.List;

/** The scope vocabulary of SPEC §1, §4b, §4c and §6: what a client may be granted and what a route may require. */
public final class Scopes {

    public static final String ADMIN_SHOPPING = "admin:shopping";
    public static final String WRITE_SHOPPING = "write:shopping";
    public static final String READ_SHOPPING = "read:shopping";
    public static final String READ_ORDER_EVENTS = "read:shopping:/orders/ANY/events";
    public static final String WRITE_ORDER_EVENTS = "write:shopping:/orders/ANY/events";
    public static final String ADMIN_HOOKS = "admin:hooks";
    public static final String WRITE_HOOKS = "write:hooks";
    public static final String ADMIN_DISCOUNTS = "admin:discounts";
    public static final String WRITE_DISCOUNTS = "write:discounts";
    public static final String READ_DISCOUNTS = "read:discounts";
    public static final String WRITE_DISCOUNTS_FOR_RECEIPT = "write:discounts:/available_for_receipt";
    public static final String ADMIN_BILLING = "admin:billing";
    public static final String WRITE_BILLING = "write:billing";
    public static final String READ_BILLING = "read:billing";

    /** Every scope a client can hold; registering a client with any other is refused (a typo would grant nothing). */
    public static final List<String> ALL = List.of(ADMIN_SHOPPING, WRITE_SHOPPING, READ_SHOPPING, READ_ORDER_EVENTS,
            WRITE_ORDER_EVENTS, ADMIN_HOOKS, WRITE_HOOKS, ADMIN_DISCOUNTS, WRITE_DISCOUNTS, READ_DISCOUNTS,
            WRITE_DISCOUNTS_FOR_RECEIPT, ADMIN_BILLING, WRITE_BILLING, READ_BILLING);

    /** Any one of these lets a request run the discount engine ({@code apply_discounts=true}, SPEC §4b). */
    public static final List<String> APPLY_DISCOUNTS = List.of(ADMIN_DISCOUNTS, WRITE_DISCOUNTS,
            WRITE_DISCOUNTS_FOR_RECEIPT);

    private Scopes() {
    }

    /** True when {@code scope} is part of the vocabulary. */
    public static boolean isKnown(String scope) {
        return ALL.contains(scope);
    }
}
