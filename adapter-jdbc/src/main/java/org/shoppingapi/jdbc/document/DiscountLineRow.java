package org.shoppingapi.jdbc.document;

import java.math.BigDecimal;

/** A stored discount line; {@code discountType} holds the name of {@link StoredNames}. */
public record DiscountLineRow(Long amount, BigDecimal percentage, String discountType, String discountId,
                              String description, Integer lineId) {
}
