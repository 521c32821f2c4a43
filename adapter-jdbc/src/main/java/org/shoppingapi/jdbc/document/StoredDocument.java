package org.shoppingapi.jdbc.document;

/**
 * A JSONB document as stored: a record of this package, never a domain type. {@link DocumentJson} only reads and
 * writes these, so a refactoring of the domain cannot change what is stored without the hand mappings changing.
 */
public sealed interface StoredDocument permits DraftDocumentRow, OrderDocumentRow, EventRow,
        PayoutRuleDocumentRow {

    /** Which shape the document has; every reader checks it before it trusts a field. */
    Integer schemaVersion();
}
