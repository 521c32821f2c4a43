package org.shoppingapi.rest.wire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shoppingapi.domain.order.Order;

/** Domain order → wire order: the content through {@link ContentMapper}, the order's own fields around it. */
public final class OrderMapper {

    private final ContentMapper content;

    public OrderMapper(ContentMapper content) {
        this.content = content;
    }

    public OrderResponseJson toJson(Order order) {
        return new OrderResponseJson(order.id().toString(), order.audit().createdAt(), order.audit().createdBy(),
                order.audit().updatedAt(), order.status().wireName(), order.paymentStatus().wireName(),
                order.version(), order.closedAt(), order.closedBy(), order.cancelledAt(), order.cancelledBy(),
                order.cancelledReason(), content.toJson(order.content()),
                order.events().stream().map(EventMapper::toJson).toList(),
                List.of(new LinkJson(self(order), "self")));
    }

    private static String self(Order order) {
        // A custom order_id may hold any character; as a path segment it is percent-encoded (space as %20).
        String segment = URLEncoder.encode(order.orderId(), StandardCharsets.UTF_8).replace("+", "%20");
        return "/v1/accounts/" + order.accountId() + "/shopping/orders/" + segment;
    }
}
