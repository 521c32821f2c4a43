package org.shoppingapi.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentOperation;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.RecordPaymentCommand;
import org.shoppingapi.ports.in.order.RecordPayments;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/**
 * Authorizations, captures, refunds and cancellations recorded on an order. Each is checked against what the locked
 * order already holds, so concurrent captures of one line can never together exceed it.
 */
final class PaymentOperationService implements RecordPayments {

    private final OrderWrites writes;

    /**
     * Every operation records {@code shopping_order_update} in {@code outbox}, in its transaction ({@link WebhookOutbox#NONE} where nobody
     * subscribes).
     */
    PaymentOperationService(OrderStore orders, Transactions transactions, Ids ids, Clock clock, WebhookOutbox outbox) {
        this.writes = new OrderWrites(orders, transactions, ids, clock, outbox);
    }

    @Override
    public PaymentOperation record(RecordPaymentCommand command) {
        ChangeContext ctx = writes.context(command.caller());
        UUID operationId = writes.newId();
        return writes.change(command.caller().accountId(), command.orderRef(),
                order -> order.recordPayment(operationId, command.kind(), command.request(), ctx)).operation();
    }

    @Override
    public List<PaymentOperation> list(GetOrderQuery order, PaymentKind kind) {
        return writes.find(order).operations(kind);
    }

    @Override
    public PaymentOperation get(GetOrderQuery order, PaymentKind kind, UUID operationId) {
        return find(writes.find(order), kind, operationId);
    }

    private static PaymentOperation find(Order order, PaymentKind kind, UUID operationId) {
        return order.operations(kind).stream()
                .filter(op -> op.id().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(kind.name().toLowerCase(Locale.ROOT), operationId));
    }
}
