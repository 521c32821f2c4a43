package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.webhook.ShoppingEvent;
import org.shoppingapi.ports.out.webhook.WebhookPayloads;

/**
 * Renders an event's resources with the same wire mappers and JSON configuration as the API's answers, so a
 * webhook shows a draft or an order exactly as GET would at that moment: {@code draft}, {@code draft} +
 * {@code orders}, {@code order}, or {@code order_event} + {@code order_id}.
 */
public final class WebhookPayloadRenderer implements WebhookPayloads {

    private final ObjectMapper json;
    private final DraftMapper drafts;
    private final Function<Order, Object> orders;

    /** {@code orders} renders an order resource as the orders endpoints answer it ({@code OrderMapper::toJson}). */
    public WebhookPayloadRenderer(ObjectMapper json, DraftMapper drafts, Function<Order, Object> orders) {
        this.json = json;
        this.drafts = drafts;
        this.orders = orders;
    }

    @Override
    public String render(ShoppingEvent event) {
        ObjectNode payload = json.createObjectNode();
        switch (event) {
            case ShoppingEvent.DraftAdded added -> payload.set("draft", tree(drafts.toJson(added.draft())));
            case ShoppingEvent.DraftUpdated updated -> payload.set("draft", tree(drafts.toJson(updated.draft())));
            case ShoppingEvent.DraftCompleted completed -> {
                payload.set("draft", tree(drafts.toJson(completed.draft())));
                ArrayNode list = payload.putArray("orders");
                completed.orders().forEach(order -> list.add(tree(orders.apply(order))));
            }
            case ShoppingEvent.OrderUpdated updated -> payload.set("order", tree(orders.apply(updated.order())));
            case ShoppingEvent.OrderEventAdded added -> {
                // Not "event": that field of the body names the event type on every delivery (see README, Webhooks).
                payload.set("order_event", tree(EventMapper.toJson(added.event())));
                payload.put("order_id", added.order().orderId());
            }
        }
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not render the " + WireEnums.name(event.type()) + " payload", e);
        }
    }

    private JsonNode tree(Object wire) {
        return json.valueToTree(wire);
    }
}
