package org.shoppingapi.domain.content;

import java.math.BigDecimal;

/** One tax on an item: its percentage (0..100, decimals allowed) and the server-computed amount included in the net. */
public record TaxLine(BigDecimal percentage, long amount) {

    public static TaxLine of(String percentage) {
        return new TaxLine(new BigDecimal(percentage), 0);
    }

    public TaxLine withAmount(long newAmount) {
        return new TaxLine(percentage, newAmount);
    }
}
