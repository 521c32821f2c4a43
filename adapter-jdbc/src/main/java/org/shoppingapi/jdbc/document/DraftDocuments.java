package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.event.ApiEvent;

/**
 * A draft's JSONB document and its event rows: written in the current schema version, read in every version this
 * code knows. Version 1 held the events in the document; version 2 leaves them to {@code draft_events}.
 */
public final class DraftDocuments {

    /** The version {@link #write} produces. */
    public static final int CURRENT_VERSION = 2;

    private DraftDocuments() {
    }

    /** What the document and the event rows hold of a draft. */
    public record Parts(OrderContent order, DraftOptions options, List<ApiEvent> events) {
    }

    public static String write(Draft draft) {
        DraftOptions o = draft.options();
        return DocumentJson.write(new DraftDocumentRow(CURRENT_VERSION, ContentMapping.toRow(draft.order()),
                new DraftOptionsRow(o.splitDraft(), o.orderId(), o.replace(), o.generateOrderId(),
                        o.extensions().asMap(),
                        PayoutMapping.toRow(o.payout())),
                null));
    }

    /** The bodies of {@code events} as one JSON array. */
    public static String writeEvents(List<ApiEvent> events) {
        return DocumentJson.writeEvents(events.stream().map(EventMapping::toRow).toList());
    }

    /**
     * The draft of {@code row} (named in every error) from its document and its event rows ({@code eventsJson}, a
     * JSON array in sequence order, or null for none); strict about required fields and versions.
     */
    public static Parts read(String json, String eventsJson, String row) {
        DraftDocumentRow doc = DocumentJson.read(json, DraftDocumentRow.class, row);
        List<EventRow> rows = DocumentJson.readEvents(eventsJson, row);
        try {
            int version = required(doc.schemaVersion(), "schema_version");
            DraftOptionsRow o = required(doc.options(), "options");
            DraftOptions options = new DraftOptions(required(o.splitDraft(), "options.split_draft"), o.orderId(),
                    o.replace(), o.generateOrderId(),
                    Extensions.of(required(o.attributes(), "options.attributes")),
                    PayoutMapping.toDomain(o.payout(), "options.payout"));
            List<ApiEvent> events = switch (version) {
                case 1 -> {
                    if (!rows.isEmpty()) {
                        throw Fields.unexpected("draft_events", "beside a version-1 document, which holds the events");
                    }
                    yield events(required(doc.events(), "events"), "events", false);
                }
                case 2 -> {
                    if (doc.events() != null) {
                        throw Fields.unexpected("events", "in a version-2 document (events are rows)");
                    }
                    yield events(rows, "draft_events", true);
                }
                default -> throw Fields.invalid("schema_version", version, "1 or 2");
            };
            return new Parts(ContentMapping.toDomain(doc.order(), "order"), options, events);
        } catch (RuntimeException e) {
            throw new StoredDataException(row, e.getMessage(), e);
        }
    }

    private static List<ApiEvent> events(List<EventRow> rows, String path, boolean versioned) {
        List<ApiEvent> events = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String at = path + "[" + i + "]";
            if (versioned) {
                EventMapping.requireRowVersion(rows.get(i), at);
            }
            events.add(EventMapping.toApiEvent(rows.get(i), at));
        }
        return events;
    }
}
