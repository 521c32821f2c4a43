package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The life of a draft as a client lives it, with the SPEC §4 worked numbers asserted exactly at every step:
 * create → add → update → remove → complete; and a split-by-store completion whose orders add up to the draft.
 */
class DraftScenarioTest {

    @AutoClose
    static TestService app;
    static DraftApi api;

    @BeforeAll
    static void start() {
        app = TestService.start(DraftScenarioTest.class);
        api = new DraftApi(app);
    }

    private static final String CHAIR = """
            {"id": "chair", "line_id": 1, "description": "Chair", "quantity": 1, "gross_amount": 39800,
             "tax_lines": [{"percentage": 25}], "discount_lines": [{"amount": 11960, "discount_type": "customer"}],
             "store": {"id": "oslo"}}""";
    private static final String TABLE = """
            {"id": "table", "line_id": 2, "description": "Table", "quantity": 1, "gross_amount": 20000,
             "tax_lines": [{"percentage": 15}], "store": {"id": "bergen"}}""";
    private static final String LAMP = """
            {"id": "lamp", "line_id": 3, "description": "Lamp", "quantity": 2, "gross_amount": 5000,
             "tax_lines": [{"percentage": 25}], "store": {"id": "oslo"}}""";

    @Test
    void create_add_update_remove_complete_with_the_worked_numbers() {
        // 1. Create with the chair: 39800 gross − 11960 customer discount = 27840 net, 25 % tax included = 5568.
        TestService.Answer created = api.create("""
                {"order": {"currency": "NOK", "merchant_reference": "story-1", "items": [%s]},
                 "options": {"split_draft": false}}""".formatted(CHAIR));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().get("id").asText();
        JsonNode chair = created.json().at("/order/items/0");
        assertThat(chair.get("net_amount").asLong()).isEqualTo(27840);
        assertThat(chair.at("/tax_lines/0/amount").asLong()).isEqualTo(5568);
        assertTotals(created.json(), 39800, 27840, 11960);

        // 2. Add the table: 20000 at 15 % → tax round(20000 × 15 / 115) = 2609; totals 59800 / 47840 / 11960.
        TestService.Answer added = api.addItem(id, TABLE, "If-Match", created.header("ETag"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonNode table = added.json().at("/order/items/1");
        assertThat(table.get("net_amount").asLong()).isEqualTo(20000);
        assertThat(table.at("/tax_lines/0/amount").asLong()).isEqualTo(2609);
        assertTotals(added.json(), 59800, 47840, 11960);
        assertThat(added.json().get("version").asLong()).isEqualTo(1);

        // 3. Update: the whole order again plus the lamp; the chair and table are unchanged and keep version 0/1.
        TestService.Answer updated = api.update(id, """
                {"order": {"currency": "NOK", "merchant_reference": "story-1", "items": [%s, %s, %s]},
                 "options": {"split_draft": false}}""".formatted(CHAIR, TABLE, LAMP), "If-Match", added.header("ETag"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().at("/order/items/0/version").asLong()).isZero();
        assertThat(updated.json().at("/order/items/1/version").asLong()).isEqualTo(1);
        assertThat(updated.json().at("/order/items/2/version").asLong()).isEqualTo(2);
        assertThat(updated.json().at("/order/items/2/tax_lines/0/amount").asLong()).isEqualTo(1000);
        assertTotals(updated.json(), 64800, 52840, 11960);

        // 4. Remove the lamp again: back to the worked totals.
        TestService.Answer removed = api.removeItem(id, "3", "If-Match", updated.header("ETag"));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertTotals(removed.json(), 59800, 47840, 11960);
        assertThat(removed.json().get("version").asLong()).isEqualTo(3);

        // 5. Complete into one order carrying exactly those numbers.
        TestService.Answer completed = api.complete(id, "If-Match", removed.header("ETag"));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        JsonNode draft = completed.json();
        assertThat(draft.get("status").asText()).isEqualTo("completed");
        assertThat(draft.get("version").asLong()).isEqualTo(4);
        assertThat(draft.get("events")).hasSize(5);
        assertThat(draft.get("orders")).hasSize(1);
        JsonNode order = draft.at("/orders/0");
        assertThat(order.get("gross_amount").asLong()).isEqualTo(59800);
        assertThat(order.get("net_amount").asLong()).isEqualTo(47840);
        assertThat(order.get("total_discount").asLong()).isEqualTo(11960);
        assertThat(order.at("/items/0/net_amount").asLong()).isEqualTo(27840);
        assertThat(order.at("/items/0/tax_lines/0/amount").asLong()).isEqualTo(5568);
        assertThat(order.at("/items/1/tax_lines/0/amount").asLong()).isEqualTo(2609);
        assertThat(order.get("merchant_reference").asText()).isEqualTo("story-1");
        assertThat(order.at("/events/0/draft_id").asText()).isEqualTo(id);

        JsonNode stored = api.get(id).json();
        assertThat(stored.get("status").asText()).isEqualTo("completed");
        assertTotals(stored, 59800, 47840, 11960);
    }

    @Test
    void a_split_by_store_completion_makes_one_order_per_store_adding_up_to_the_draft() {
        String id = api.createId("""
                {"order": {"currency": "NOK", "store": {"id": "web"}, "items": [%s, %s, %s,
                  {"line_id": 4, "gross_amount": 999, "tax_lines": [{"percentage": 12.5}]}]}}"""
                .formatted(CHAIR, TABLE, LAMP));
        JsonNode draft = api.get(id).json();
        TestService.Answer completed = api.complete(id);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        JsonNode orders = completed.json().get("orders");

        assertThat(orders).hasSize(3);
        assertThat(orders.get(0).at("/store/id").asText()).isEqualTo("oslo");
        assertThat(orders.get(1).at("/store/id").asText()).isEqualTo("bergen");
        assertThat(orders.get(2).at("/store/id").asText()).as("no item store: the order's").isEqualTo("web");
        assertThat(orders.get(0).get("items")).hasSize(2);
        assertThat(orders.get(0).get("gross_amount").asLong()).isEqualTo(44800);
        assertThat(orders.get(0).get("net_amount").asLong()).isEqualTo(32840);
        assertThat(orders.get(0).get("total_discount").asLong()).isEqualTo(11960);
        assertThat(orders.get(1).get("net_amount").asLong()).isEqualTo(20000);
        assertThat(orders.get(2).at("/items/0/tax_lines/0/amount").asLong()).isEqualTo(111);

        for (String total : new String[]{"gross_amount", "net_amount", "total_discount", "total_manual_discount_amount"}) {
            long sum = 0;
            for (JsonNode order : orders) {
                sum += order.get(total).asLong();
            }
            assertThat(sum).as("Σ orders' " + total).isEqualTo(draft.at("/order/" + total).asLong());
        }
        assertThat(draft.at("/order/gross_amount").asLong()).isEqualTo(65799);
        assertThat(java.util.stream.IntStream.range(0, orders.size()).mapToObj(i -> orders.get(i).get("id").asText()))
                .doesNotHaveDuplicates();
    }

    private static void assertTotals(JsonNode draft, long gross, long net, long discount) {
        assertThat(draft.at("/order/gross_amount").asLong()).isEqualTo(gross);
        assertThat(draft.at("/order/net_amount").asLong()).isEqualTo(net);
        assertThat(draft.at("/order/total_discount").asLong()).isEqualTo(discount);
    }
}
