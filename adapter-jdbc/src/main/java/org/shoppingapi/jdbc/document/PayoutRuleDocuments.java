package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutRuleType;

/** A payout rule's JSONB document (its destinations and metadata); its type is stored in a column of its own. */
public final class PayoutRuleDocuments {

    /** The version {@link #write} produces. */
    public static final int CURRENT_VERSION = 1;

    private PayoutRuleDocuments() {
    }

    /** What the document holds of a rule. */
    public record Parts(List<PayoutDestination> destinations, Map<String, Object> metadata) {
    }

    public static String write(List<PayoutDestination> destinations, Map<String, Object> metadata) {
        return DocumentJson.write(new PayoutRuleDocumentRow(CURRENT_VERSION, PayoutMapping.toRows(destinations),
                metadata));
    }

    /** The document of {@code row} (named in every error); strict about required fields and the version. */
    public static Parts read(String json, String row) {
        PayoutRuleDocumentRow doc = DocumentJson.read(json, PayoutRuleDocumentRow.class, row);
        try {
            int version = required(doc.schemaVersion(), "schema_version");
            if (version != 1) {
                throw Fields.invalid("schema_version", version, "1");
            }
            return new Parts(PayoutMapping.toDomain(doc.destinations(), "destinations"),
                    required(doc.metadata(), "metadata"));
        } catch (RuntimeException e) {
            throw new StoredDataException(row, e.getMessage(), e);
        }
    }

    /** The name a rule type has in the {@code rule_type} column. */
    public static String columnName(PayoutRuleType type) {
        return PayoutMapping.of(type);
    }

    public static PayoutRuleType ruleType(String column, String row) {
        try {
            return PayoutMapping.ruleType(column, "rule_type");
        } catch (RuntimeException e) {
            throw new StoredDataException(row, e.getMessage(), e);
        }
    }
}
