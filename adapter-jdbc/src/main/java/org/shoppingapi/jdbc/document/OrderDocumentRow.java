package org.shoppingapi.jdbc.document;

import java.util.List;

/**
 * The JSONB document of an {@code orders} row: everything of an order that no query filters on.
 * Version 1: {@code content}, {@code events} and {@code payment_operations}.
 */
public record OrderDocumentRow(Integer schemaVersion, ContentRow content, List<EventRow> events,
                               List<PaymentOperationRow> paymentOperations) implements StoredDocument {
}
