package org.shoppingapi.ports.out;

import java.math.BigDecimal;

/**
 * One order line as a checkout provider sees it: the item's id, description and quantity, the {@code amount} to pay
 * on it (minor units), the VAT included in that amount and the line's VAT percentage (Σ of its tax lines).
 */
public record CheckoutLine(int lineId, String itemId, String description, BigDecimal quantity, long amount,
                           long vatAmount, BigDecimal vat) {
}
