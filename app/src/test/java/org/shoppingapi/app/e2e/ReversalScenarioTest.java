package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.OrderApi.item;
import static org.shoppingapi.app.e2e.OrderApi.payment;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5 scenario "update an order by reversing an item", end to end: an order is completed from a draft, paid,
 * and a second draft completing into it ({@code options.order_id}) reverses line 1 and adds line 3.
 */
class ReversalScenarioTest {

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(ReversalScenarioTest.class);
    }

    @Test
    void an_order_is_updated_by_reversing_an_item_and_adding_a_new_line() {
        OrderApi api = new OrderApi(app, "T40000001");
        JsonNode original = api.create("\"order_id\": \"POS-1001\", \"store\": {\"id\": \"oslo-1\"}",
                """
                {"id": "chair-blue", "line_id": 1, "description": "Chair, blue", "quantity": 1,
                 "gross_amount": 39800, "tax_lines": [{"percentage": 25}]}""");
        assertThat(original.at("/items/0/tax_lines/0/amount").asLong()).isEqualTo(7960);
        captured(api.pay("POS-1001", "captures", payment(1, 39800)));
        assertThat(api.get("POS-1001").json().get("payment_status").asText()).isEqualTo("paid");

        String correction = api.drafts().createId("""
                {"order": {"currency": "NOK", "store": {"id": "oslo-1"}, "items": [
                   {"id": "chair-blue", "line_id": 2, "description": "Chair, blue (returned)", "quantity": 1,
                    "gross_amount": -39800, "tax_lines": [{"percentage": 25}],
                    "related_item": {"line_id": 1, "type": "reversed"}, "reversed_reason": "wrong colour"},
                   {"id": "chair-red", "line_id": 3, "description": "Chair, red", "quantity": 1,
                    "gross_amount": 44900, "tax_lines": [{"percentage": 25}]}]},
                 "options": {"order_id": "POS-1001"}}""");
        TestService.Answer completed = api.drafts().complete(correction);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("orders")).hasSize(1);
        JsonNode answered = completed.json().at("/orders/0");
        assertThat(answered.get("id").asText()).as("the same order, not a new one").isEqualTo(original.get("id").asText());

        JsonNode order = api.getWithEvents("POS-1001").json();
        assertThat(order.get("order_id").asText()).isEqualTo("POS-1001");
        JsonNode items = order.get("items");
        assertThat(items).hasSize(3);

        JsonNode kept = items.get(0);
        assertThat(kept.get("line_id").asInt()).isEqualTo(1);
        assertThat(kept.get("gross_amount").asLong()).isEqualTo(39800);
        assertThat(kept.get("net_amount").asLong()).isEqualTo(39800);
        assertThat(kept.at("/tax_lines/0/amount").asLong()).isEqualTo(7960);

        JsonNode reversal = items.get(1);
        assertThat(reversal.get("line_id").asInt()).isEqualTo(2);
        assertThat(reversal.get("gross_amount").asLong()).isEqualTo(-39800);
        assertThat(reversal.get("net_amount").asLong()).isEqualTo(-39800);
        assertThat(reversal.at("/tax_lines/0/amount").asLong()).as("the exact negative of line 1's tax").isEqualTo(-7960);
        assertThat(reversal.at("/related_item/line_id").asInt()).isEqualTo(1);
        assertThat(reversal.at("/related_item/type").asText()).isEqualTo("reversed");
        assertThat(reversal.get("reversed_reason").asText()).isEqualTo("wrong colour");

        JsonNode added = items.get(2);
        assertThat(added.get("line_id").asInt()).isEqualTo(3);
        assertThat(added.get("gross_amount").asLong()).isEqualTo(44900);
        assertThat(added.get("net_amount").asLong()).isEqualTo(44900);
        assertThat(added.at("/tax_lines/0/amount").asLong()).isEqualTo(8980);

        assertThat(order.get("gross_amount").asLong()).isEqualTo(44900);
        assertThat(order.get("net_amount").asLong()).isEqualTo(44900);
        assertThat(order.get("total_discount").asLong()).isZero();
        assertThat(order.get("version").asLong()).isEqualTo(2);
        assertThat(order.get("events")).hasSize(3);
        assertThat(order.at("/events/2/draft_id").asText()).isEqualTo(correction);
        assertThat(order.get("payment_status").asText()).as("C 39800 < N 44900").isEqualTo("partially_paid");
        assertThat(answered.get("items")).isEqualTo(items);

        // Settling the difference: the new line is captured, the returned chair refunded.
        captured(api.pay("POS-1001", "captures", payment(3, 44900)));
        captured(api.pay("POS-1001", "refunds", payment(1, 39800)));
        assertThat(api.get("POS-1001").json().get("payment_status").asText())
                .as("R 39800 < C 84700").isEqualTo("partially_refunded");
    }

    private static JsonNode captured(TestService.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
