package org.shoppingapi.domain.payout;

/** Which line attribute a stored rule is matched by; the only kind so far matches the line's store id. */
public enum PayoutRuleType {
    /** The rule's id equals the store id of the line (its own store, else the order's). */
    ITEM_STORE_ID
}
