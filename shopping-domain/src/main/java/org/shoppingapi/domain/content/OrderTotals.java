package org.shoppingapi.domain.content;

/** The order-level sums of its items' amounts, in minor units. */
public record OrderTotals(long grossAmount, long netAmount, long totalDiscount, long totalManualDiscountAmount) {

    public static final OrderTotals ZERO = new OrderTotals(0, 0, 0, 0);
}
