package org.shoppingapi.domain.content;

import java.math.BigDecimal;

/**
 * A discount taken off one item's gross; {@code percentage} is informative only (the amount is authoritative),
 * {@code lineId} is the line's position within the item's discount lines.
 */
public record DiscountLine(long amount, BigDecimal percentage, DiscountType discountType, String discountId,
                           String description, Integer lineId) {

    public static DiscountLine of(long amount, DiscountType type) {
        return new DiscountLine(amount, null, type, null, null, null);
    }
}
