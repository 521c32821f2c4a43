package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.PaymentOperation;

/** An order's JSONB document: written in the current schema version, read in every version this code knows. */
public final class OrderDocuments {

    /** The version {@link #write} produces. */
    public static final int CURRENT_VERSION = 1;

    private OrderDocuments() {
    }

    /** What the document holds of an order. */
    public record Parts(OrderContent content, List<OrderEvent> events, List<PaymentOperation> paymentOperations) {
    }

    public static String write(Order order) {
        return DocumentJson.write(new OrderDocumentRow(CURRENT_VERSION, ContentMapping.toRow(order.content()),
                order.events().stream().map(EventMapping::toRow).toList(),
                order.paymentOperations().stream().map(PaymentMapping::toRow).toList()));
    }

    /** The document of {@code row} (named in every error); strict about required fields and the version. */
    public static Parts read(String json, String row) {
        OrderDocumentRow doc = DocumentJson.read(json, OrderDocumentRow.class, row);
        try {
            int version = required(doc.schemaVersion(), "schema_version");
            if (version != 1) {
                throw Fields.invalid("schema_version", version, "1");
            }
            List<EventRow> eventRows = required(doc.events(), "events");
            List<OrderEvent> events = new ArrayList<>(eventRows.size());
            for (int i = 0; i < eventRows.size(); i++) {
                events.add(EventMapping.toDomain(eventRows.get(i), "events[" + i + "]"));
            }
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
}
