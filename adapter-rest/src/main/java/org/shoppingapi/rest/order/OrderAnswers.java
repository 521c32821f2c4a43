package org.shoppingapi.rest.order;

import jakarta.ws.rs.core.Response;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.rest.wire.OrderMapper;
import org.shoppingapi.rest.wire.OrderUpdateMapper;
import org.shoppingapi.rest.wire.PaymentOperationMapper;

/** The mappers the order resources read requests and write answers with. */
public record OrderAnswers(OrderMapper orders, OrderUpdateMapper updates, PaymentOperationMapper payments) {

    public Response order(Order order, boolean includeEvents) {
        return Response.ok(orders.toJson(order, includeEvents)).build();
    }

    public Response page(Page<Order> page, boolean includeEvents) {
        return Response.ok(orders.toJson(page, includeEvents)).build();
    }
}
