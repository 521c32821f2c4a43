package org.shoppingapi.domain.content;

import org.shoppingapi.domain.wire.WireNames;

/** Kind of a discount line; {@code MANUAL} ones also count in {@code total_manual_discount_amount}. */
public enum DiscountType {
    CUSTOMER, PERIODIC, MANUAL, LOYALTY, TOTAL, EMPLOYEE, EXTERNAL;

    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses the wire value; an unknown value is a validation error on {@code discount_type}. */
    public static DiscountType fromWire(String value) {
        return WireNames.parse(DiscountType.class, value, "discount_type");
    }
}
