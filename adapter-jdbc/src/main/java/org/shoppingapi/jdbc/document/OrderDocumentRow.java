package org.shoppingapi.jdbc.document;

import java.util.List;

/**
 * The JSONB document of an {@code orders} row: everything of an order that no query filters on.
 * Version 1: {@code content}, {@code events} and {@code payment_operations}; version 2: {@code content} and
 * {@code payment_operations} (the events are rows of {@code order_events}).
 */
public record OrderDocumentRow(Integer schemaVersion, ContentRow content, List<EventRow> events,
                               List<PaymentOperationRow> paymentOperations) implements StoredDocument {
}
