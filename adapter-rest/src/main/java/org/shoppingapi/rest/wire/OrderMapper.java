package org.shoppingapi.rest.wire;

import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.ports.paging.Page;

/**
 * Domain order → wire order: the content through {@link ContentMapper}, the order's own fields around it, and its
 * payment operations through {@link PaymentOperationMapper}.
 */
public final class OrderMapper {

    private final ContentMapper content;
    private final PaymentOperationMapper payments = new PaymentOperationMapper();

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
                order.audit().updatedAt(), WireEnums.name(order.status()), WireEnums.name(order.paymentStatus()),
                order.version(), order.closedAt(), order.closedBy(), order.cancelledAt(), order.cancelledBy(),
                order.cancelledReason(),
                withPaymentDetails(content.toJson(order.content()), order),
                operations(order, PaymentKind.AUTHORIZATION), operations(order, PaymentKind.CAPTURE),
                operations(order, PaymentKind.REFUND), operations(order, PaymentKind.CANCELLATION),
                includeEvents ? order.events().stream().map(EventMapper::toJson).toList() : null,
                includeEvents ? WireEnums.name(order.eventsState()) : null,
                List.of(new LinkJson(OrderLinks.order(order.accountId(), order.orderId()), "self")));
    }

    /**
     * The payment details as last sent by the client (SPEC §2): those of the latest payment operation that carried
     * any, else those sent with the order (its {@code payment_details} field); none when neither did.
     */
    private static OrderJson withPaymentDetails(OrderJson content, Order order) {
        Map<String, Object> details = order.latestPaymentDetails().orElse(content.paymentDetails());
        return content.withPaymentDetails(details == null || details.isEmpty() ? null : details);
    }

    /** One page of a list; each order with its events only when {@code includeEvents}. */
    public OrderListJson toJson(Page<Order> page, boolean includeEvents) {
        return new OrderListJson(page.items().stream().map(order -> toJson(order, includeEvents)).toList(),
                page.next().map(cursor -> cursor.token()).orElse(null));
    }

    private List<PaymentOperationJson> operations(Order order, PaymentKind kind) {
        return order.operations(kind).stream()
                .map(op -> payments.toJson(order.accountId(), order.orderId(), op))
                .toList();
    }
}
