package org.shoppingapi.rest.wire;

import java.util.List;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.ports.paging.Page;

/** Domain order → wire order: the content through {@link ContentMapper}, the order's own fields around it. */
public final class OrderMapper {

    private final ContentMapper content;

    public OrderMapper(ContentMapper content) {
        this.content = content;
    }

    /** The order with its events and their collection state, as completing a draft answers it. */
    public OrderResponseJson toJson(Order order) {
        return toJson(order, true);
    }

    /** The order; its events and their collection {@code state} only when {@code includeEvents}. */
    public OrderResponseJson toJson(Order order, boolean includeEvents) {
        return new OrderResponseJson(order.id().toString(), order.audit().createdAt(), order.audit().createdBy(),
                order.audit().updatedAt(), order.status().wireName(), order.paymentStatus().wireName(),
                order.version(), order.closedAt(), order.closedBy(), order.cancelledAt(), order.cancelledBy(),
                order.cancelledReason(), content.toJson(order.content()),
                includeEvents ? order.events().stream().map(EventMapper::toJson).toList() : null,
                includeEvents ? order.eventsState().wireName() : null,
                List.of(new LinkJson(OrderLinks.order(order.accountId(), order.orderId()), "self")));
    }

    /** One page of a list, without events. */
    public OrderListJson toJson(Page<Order> page) {
        return new OrderListJson(page.items().stream().map(order -> toJson(order, false)).toList(),
                page.next().map(cursor -> cursor.token()).orElse(null));
    }
}
