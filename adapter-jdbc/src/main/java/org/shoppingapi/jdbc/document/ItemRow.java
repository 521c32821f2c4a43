package org.shoppingapi.jdbc.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A stored order line. Numbers are boxed so that a missing one is seen as missing, not read as 0. {@code payout}
 * is absent for a line without payout.
 */
public record ItemRow(String id, Integer lineId, String description, BigDecimal quantity, Long grossAmount,
                      Long netAmount, List<TaxLineRow> taxLines, List<DiscountLineRow> discountLines,
                      RelatedItemRow relatedItem, Boolean eligibleForDiscount, StoreRow store, Long version,
                      Map<String, Object> attributes, PayoutRows.ItemPayoutRow payout) {
}
