package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentOperation;

/** Payment operations ↔ their stored rows. */
final class PaymentMapping {

    private PaymentMapping() {
    }

    static PaymentOperationRow toRow(PaymentOperation op) {
        return new PaymentOperationRow(op.id(), StoredNames.of(op.kind()),
                op.items().stream().map(i -> new PaymentOperationRow.PaymentItemRow(i.lineId(), i.amount(),
                        PayoutMapping.toRow(i.payout()))).toList(),
                op.amount(), op.success(), op.processedAt(), op.processedBy(), op.paymentDetails(), op.metadata(),
                op.createdAt(), op.createdBy());
    }

    static PaymentOperation toDomain(PaymentOperationRow row, String path) {
        required(row, path);
        List<PaymentOperationRow.PaymentItemRow> itemRows = required(row.items(), path + ".items");
        List<PaymentItem> items = new ArrayList<>(itemRows.size());
        for (int i = 0; i < itemRows.size(); i++) {
            String at = path + ".items[" + i + "]";
            items.add(new PaymentItem(required(itemRows.get(i).lineId(), at + ".line_id"),
                    required(itemRows.get(i).amount(), at + ".amount"),
                    PayoutMapping.toDomain(itemRows.get(i).payout(), at + ".payout")));
        }
        return new PaymentOperation(required(row.id(), path + ".id"), StoredNames.paymentKind(row.kind(),
                path + ".kind"), items, required(row.amount(), path + ".amount"),
                required(row.success(), path + ".success"), row.processedAt(), row.processedBy(),
                required(row.paymentDetails(), path + ".payment_details"), required(row.metadata(), path + ".metadata"),
                required(row.createdAt(), path + ".created_at"), row.createdBy());
    }
}
