package org.shoppingapi.jdbc.document;

/** Stored order totals. */
public record TotalsRow(Long grossAmount, Long netAmount, Long totalDiscount, Long totalManualDiscountAmount) {
}
