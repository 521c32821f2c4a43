package org.shoppingapi.jdbc.document;

import java.util.List;

/**
 * The JSONB document of a {@code draft_orders} row: everything of a draft that no query filters on.
 * Version 1: {@code order}, {@code options} and {@code events}; version 2: {@code order} and {@code options} (the
 * events are rows of {@code draft_events}).
 */
public record DraftDocumentRow(Integer schemaVersion, ContentRow order, DraftOptionsRow options,
                               List<EventRow> events) implements StoredDocument {
}
