package org.shoppingapi.jdbc.document;

import java.util.List;
import java.util.Map;

/** The JSONB document of a {@code payout_rules} row. Version 1: {@code destinations} and {@code metadata}. */
public record PayoutRuleDocumentRow(Integer schemaVersion, List<PayoutRows.DestinationRow> destinations,
                                    Map<String, Object> metadata) implements StoredDocument {
}
