package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.PaymentOperation;

/**
 * An order's JSONB document and its event rows: written in the current schema version, read in every version this
 * code knows. Version 1 held the events in the document; version 2 leaves them to {@code order_events}.
 */
public final class OrderDocuments {

    /** The version {@link #write} produces. */
    public static final int CURRENT_VERSION = 2;

    private OrderDocuments() {
    }

    /** What the document and the event rows hold of an order. */
    public record Parts(OrderContent content, List<OrderEvent> events, List<PaymentOperation> paymentOperations) {
    }

    public static String write(Order order) {
        return DocumentJson.write(new OrderDocumentRow(CURRENT_VERSION, ContentMapping.toRow(order.content()), null,
                order.paymentOperations().stream().map(PaymentMapping::toRow).toList()));
    }

    /** The bodies of {@code events} as one JSON array. */
    public static String writeEvents(List<OrderEvent> events) {
        return DocumentJson.writeEvents(events.stream().map(EventMapping::toRow).toList());
    }

    /**
     * The order of {@code row} (named in every error) from its document and its event rows ({@code eventsJson}, a
     * JSON array in sequence order, or null for none); strict about required fields and versions.
     */
    public static Parts read(String json, String eventsJson, String row) {
        OrderDocumentRow doc = DocumentJson.read(json, OrderDocumentRow.class, row);
        List<EventRow> rows = DocumentJson.readEvents(eventsJson, row);
        try {
            int version = required(doc.schemaVersion(), "schema_version");
            List<OrderEvent> events = switch (version) {
                case 1 -> {
                    if (!rows.isEmpty()) {
                        throw Fields.unexpected("order_events", "beside a version-1 document, which holds the events");
                    }
                    yield events(required(doc.events(), "events"), "events", false);
                }
                case 2 -> {
                    if (doc.events() != null) {
                        throw Fields.unexpected("events", "in a version-2 document (events are rows)");
                    }
                    yield events(rows, "order_events", true);
                }
                default -> throw Fields.invalid("schema_version", version, "1 or 2");
            };
            List<PaymentOperationRow> opRows = required(doc.paymentOperations(), "payment_operations");
            List<PaymentOperation> ops = new ArrayList<>(opRows.size());
            for (int i = 0; i < opRows.size(); i++) {
                ops.add(PaymentMapping.toDomain(opRows.get(i), "payment_operations[" + i + "]"));
            }
            return new Parts(ContentMapping.toDomain(doc.content(), "content"), events, ops);
        } catch (RuntimeException e) {
            throw new StoredDataException(row, e.getMessage(), e);
        }
    }

    private static List<OrderEvent> events(List<EventRow> rows, String path, boolean versioned) {
        List<OrderEvent> events = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String at = path + "[" + i + "]";
            if (versioned) {
                EventMapping.requireRowVersion(rows.get(i), at);
            }
            events.add(EventMapping.toDomain(rows.get(i), at));
        }
        return events;
    }
}
