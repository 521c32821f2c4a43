package org.shoppingapi.jdbc.document;

import java.math.BigDecimal;

/** A stored tax line. */
public record TaxLineRow(BigDecimal percentage, Long amount) {
}
