package org.shoppingapi.jdbc.document;

import java.util.List;
import java.util.Map;

/** Stored order content (a draft's {@code order}, an order's {@code content}); field names are the stored ones. */
public record ContentRow(String orderId, String currency, StoreRow store, List<ItemRow> items, TotalsRow totals,
                         Map<String, Object> attributes) {
}
