package org.shoppingapi.rest.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentOperation;
import org.shoppingapi.domain.order.PaymentRequest;

/** Wire ↔ domain for payment operations; which lines and amounts an order accepts is the domain's rule. */
public final class PaymentOperationMapper {

    public PaymentRequest toDomain(PaymentOperationRequestJson request) {
        if (request == null) {
            throw new ValidationException(List.of(FieldError.required("items")));
        }
        List<PaymentItem> items = PaymentItemsMapper.toDomain(request.items());
        return new PaymentRequest(items, request.success(), request.processedAt(), request.processedBy(),
                request.paymentDetails(), request.metadata());
    }

    /** The operation with its self link under the order named {@code orderRef}. */
    public PaymentOperationJson toJson(String accountId, String orderRef, PaymentOperation op) {
        String self = OrderLinks.order(accountId, orderRef) + "/" + PaymentCollections.of(op.kind()) + "/" + op.id();
        return new PaymentOperationJson(op.id().toString(), op.amount(),
                op.items().stream().map(i -> new PaymentItemJson(i.lineId(), i.amount(),
                        PayoutMapper.toJson(i.payout()))).toList(), op.success(),
                op.processedAt(), op.processedBy(), op.paymentDetails(), op.metadata(), op.createdAt(),
                op.createdBy(), List.of(new LinkJson(self, "self")));
    }

    /** {@code {"captures": [...]}} (the list under the collection's name, SPEC §1). */
    public Map<String, List<PaymentOperationJson>> toJson(String accountId, String orderRef, PaymentKind kind,
                                                          List<PaymentOperation> operations) {
        Map<String, List<PaymentOperationJson>> body = new LinkedHashMap<>();
        body.put(PaymentCollections.of(kind), operations.stream().map(op -> toJson(accountId, orderRef, op)).toList());
        return body;
    }
}
