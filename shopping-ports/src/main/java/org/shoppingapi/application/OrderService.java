package org.shoppingapi.application;

import java.time.Clock;
import java.util.List;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.ports.in.order.CancelOrderCommand;
import org.shoppingapi.ports.in.order.CloseOrderCommand;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ListOrdersQuery;
import org.shoppingapi.ports.in.order.ManageOrders;
import org.shoppingapi.ports.in.order.OpenOrderCommand;
import org.shoppingapi.ports.in.order.UpdateOrderCommand;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.OrderFilter;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;

/** The use cases on an order as a whole: read, list, partial update, open, close, cancel. */
final class OrderService implements ManageOrders {

    private final OrderStore orders;
    private final OrderWrites writes;

    /**
     * Every change records {@code shopping_order_update} in {@code outbox}, in its transaction ({@link WebhookOutbox#NONE} where nobody
     * subscribes).
     */
    OrderService(OrderStore orders, Transactions transactions, Ids ids, Clock clock, WebhookOutbox outbox) {
        this.orders = orders;
        this.writes = new OrderWrites(orders, transactions, ids, clock, outbox);
    }

    @Override
    public Order get(GetOrderQuery query) {
        return writes.find(query);
    }

    @Override
    public Page<Order> list(ListOrdersQuery query) {
        List<Order> rows = orders.list(new OrderFilter(query.accountId(), query.status(), query.paymentStatus(),
                query.storeId(), query.customerId(), query.createdFrom(), query.createdTo(), query.startingAfter(),
                query.limit() + 1));
        return Page.fromLookahead(rows, query.limit(), o -> new PageCursor(o.audit().createdAt(), o.id()));
    }

    @Override
    public Order update(UpdateOrderCommand command) {
        ChangeContext ctx = writes.context(command.caller());
        return writes.change(command.caller().accountId(), command.orderRef(),
                order -> order.update(command.changes(), ctx)).order();
    }

    @Override
    public Order open(OpenOrderCommand command) {
        ChangeContext ctx = writes.context(command.caller());
        return writes.changeIfNeeded(command.caller().accountId(), command.orderRef(), order -> order.open(ctx));
    }

    @Override
    public Order close(CloseOrderCommand command) {
        ChangeContext ctx = writes.context(command.caller());
        return writes.changeIfNeeded(command.caller().accountId(), command.orderRef(), order -> order.close(ctx));
    }

    @Override
    public Order cancel(CancelOrderCommand command) {
        ChangeContext ctx = writes.context(command.caller());
        return writes.changeIfNeeded(command.caller().accountId(), command.orderRef(),
                order -> order.cancel(command.cancelledReason(), ctx));
    }
}
