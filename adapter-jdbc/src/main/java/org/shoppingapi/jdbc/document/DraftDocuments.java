package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.event.ApiEvent;

/** A draft's JSONB document: written in the current schema version, read in every version this code knows. */
public final class DraftDocuments {

    /** The version {@link #write} produces. */
    public static final int CURRENT_VERSION = 1;

    private DraftDocuments() {
    }

    /** What the document holds of a draft. */
    public record Parts(OrderContent order, DraftOptions options, List<ApiEvent> events) {
    }

    public static String write(Draft draft) {
        DraftOptions o = draft.options();
        return DocumentJson.write(new DraftDocumentRow(CURRENT_VERSION, ContentMapping.toRow(draft.order()),
                new DraftOptionsRow(o.splitDraft(), o.orderId(), o.replace(), o.generateOrderId(), o.attributes(),
                        PayoutMapping.toRow(o.payout())),
                draft.events().stream().map(EventMapping::toRow).toList()));
    }

    /** The document of {@code row} (named in every error); strict about required fields and the version. */
    public static Parts read(String json, String row) {
        DraftDocumentRow doc = DocumentJson.read(json, DraftDocumentRow.class, row);
        try {
            int version = required(doc.schemaVersion(), "schema_version");
            if (version != 1) {
                throw Fields.invalid("schema_version", version, "1");
            }
            DraftOptionsRow o = required(doc.options(), "options");
            DraftOptions options = new DraftOptions(required(o.splitDraft(), "options.split_draft"), o.orderId(),
                    o.replace(), o.generateOrderId(), required(o.attributes(), "options.attributes"),
                    PayoutMapping.toDomain(o.payout(), "options.payout"));
            List<EventRow> eventRows = required(doc.events(), "events");
            List<ApiEvent> events = new ArrayList<>(eventRows.size());
            for (int i = 0; i < eventRows.size(); i++) {
                events.add(EventMapping.toApiEvent(eventRows.get(i), "events[" + i + "]"));
            }
            return new Parts(ContentMapping.toDomain(doc.order(), "order"), options, events);
        } catch (RuntimeException e) {
            throw new StoredDataException(row, e.getMessage(), e);
        }
    }
}
