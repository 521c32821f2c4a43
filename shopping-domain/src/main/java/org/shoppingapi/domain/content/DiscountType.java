package org.shoppingapi.domain.content;

/** Kind of a discount line; {@code MANUAL} ones also count in {@code total_manual_discount_amount}. */
public enum DiscountType {
    CUSTOMER, PERIODIC, MANUAL, LOYALTY, TOTAL, EMPLOYEE, EXTERNAL
}
