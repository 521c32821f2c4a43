package org.shoppingapi.domain.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.shoppingapi.domain.error.ValidationException;

/** Kind of a discount line; {@code MANUAL} ones also count in {@code total_manual_discount_amount}. */
public enum DiscountType {
    CUSTOMER, PERIODIC, MANUAL, LOYALTY, TOTAL, EMPLOYEE, EXTERNAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire value; an unknown value is a validation error on {@code discount_type}. */
    public static DiscountType fromWire(String value) {
        for (DiscountType t : values()) {
            if (t.wireName().equals(value)) {
                return t;
            }
        }
        throw ValidationException.of("discount_type", "must be one of "
                + Arrays.stream(values()).map(DiscountType::wireName).collect(Collectors.joining(", ")));
    }
}
