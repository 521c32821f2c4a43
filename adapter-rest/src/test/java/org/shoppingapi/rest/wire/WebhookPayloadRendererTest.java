package org.shoppingapi.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.webhook.ShoppingEvent;
import org.shoppingapi.rest.json.JsonMapping;

/** Each event type's payload: the resources under the names a receiver reads, in the API's wire format. */
class WebhookPayloadRendererTest {

    private final ObjectMapper json = JsonMapping.create();
    private final ContentMapper content = new ContentMapper(json);
    private final OrderMapper orders = new OrderMapper(content);
    private final DraftMapper drafts = new DraftMapper(content, orders);
    private final WebhookPayloadRenderer renderer = new WebhookPayloadRenderer(json, drafts, orders::toJson);

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final ChangeContext ctx = new ChangeContext(now, "client-1", new ChangeSource("/x", "POST"), UUID.randomUUID());
    private final Draft draft = Draft.create(UUID.randomUUID(), "T12345678", OrderContent.of("NOK",
            List.of(Item.of("chair", 1, "Chair", BigDecimal.ONE, 39800, List.of(TaxLine.of("25"))))), null, ctx);
    private final Order order = Order.create(UUID.randomUUID(), "T12345678", "A0000001", draft.order(),
            ctx.apiEvent(0, draft.id()));

    private JsonNode render(ShoppingEvent event) throws Exception {
        return json.readTree(renderer.render(event));
    }

    @Test
    void draft_events_carry_the_draft_as_the_api_answers_it() throws Exception {
        // Compared as received: parsed from the JSON text, as GET answers it.
        JsonNode expected = json.readTree(json.writeValueAsString(drafts.toJson(draft)));
        JsonNode added = render(new ShoppingEvent.DraftAdded(draft));
        assertThat(added.properties()).extracting(Map.Entry::getKey).containsExactly("draft");
        assertThat(added.get("draft")).isEqualTo(expected);
        assertThat(added.at("/draft/order/items/0/tax_lines/0/amount").asLong()).isEqualTo(7960);
        assertThat(render(new ShoppingEvent.DraftUpdated(draft)).get("draft")).isEqualTo(expected);
    }

    @Test
    void completion_adds_the_orders() throws Exception {
        JsonNode completed = render(new ShoppingEvent.DraftCompleted(draft, List.of(order)));
        assertThat(completed.properties()).extracting(Map.Entry::getKey).containsExactly("draft", "orders");
        JsonNode first = completed.at("/orders/0");
        assertThat(first.get("id").asText()).isEqualTo(order.id().toString());
        assertThat(first.get("order_id").asText()).isEqualTo("A0000001");
        assertThat(first.get("status").asText()).isEqualTo("open");
        assertThat(first.get("payment_status").asText()).isEqualTo("pending");
        assertThat(first.get("net_amount").asLong()).isEqualTo(39800);
        assertThat(first.at("/events/0/draft_id").asText()).isEqualTo(draft.id().toString());
        JsonNode asAnswered = json.readTree(json.writeValueAsString(orders.toJson(order)));
        assertThat(first).isEqualTo(asAnswered);
    }

    @Test
    void order_events_carry_the_order_or_the_added_event_with_its_order_id() throws Exception {
        JsonNode updated = render(new ShoppingEvent.OrderUpdated(order));
        assertThat(updated.properties()).extracting(Map.Entry::getKey).containsExactly("order");
        assertThat(updated.at("/order/order_id").asText()).isEqualTo("A0000001");

        ServiceEvent picked = new ServiceEvent(UUID.randomUUID(), now, "client-1", EventState.PENDING, "picking",
                "started", null, Map.of("bin", 4));
        JsonNode added = render(new ShoppingEvent.OrderEventAdded(order.addServiceEvent(picked).order(), picked));
        assertThat(added.properties()).extracting(Map.Entry::getKey).containsExactly("order_event", "order_id");
        assertThat(added.at("/order_event/event_type").asText()).isEqualTo("service-event");
        assertThat(added.at("/order_event/service").asText()).isEqualTo("picking");
        assertThat(added.at("/order_event/metadata/bin").asInt()).isEqualTo(4);
        assertThat(added.get("order_id").asText()).isEqualTo("A0000001");
    }
}
