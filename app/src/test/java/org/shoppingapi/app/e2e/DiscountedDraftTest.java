package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §4b end to end: rules created over HTTP, drafts changed with and without {@code apply_discounts=true}, every
 * discount line, net and tax asserted to the minor unit. Each test uses its own account, since rules are per account.
 */
class DiscountedDraftTest {

    @AutoClose
    static TestService app;
    static final ObjectMapper JSON = new ObjectMapper();

    static final String CHAIRS_RULE = """
            {"name": "Chairs 10 %", "discount_type": "periodic",
             "reward": {"type": "percentage", "value": 10}, "applies_to": {"type": "items", "item_ids": ["chair"]}}""";
    static final String TOTAL_RULE = """
            {"name": "100 off above 500", "discount_type": "total",
             "reward": {"type": "amount", "value": 10000}, "applies_to": {"type": "total", "minimum_gross": 50000}}""";
    static final String CHAIR = """
            {"id": "chair", "line_id": 1, "quantity": 1, "gross_amount": 39800, "tax_lines": [{"percentage": 25}]}""";
    static final String TABLE = """
            {"id": "table", "line_id": 2, "quantity": 1, "gross_amount": 20000, "tax_lines": [{"percentage": 15}]}""";

    @BeforeAll
    static void start() {
        app = TestService.start(DiscountedDraftTest.class);
    }

    @Test
    void the_readme_example_chair_rule_then_total_rule_spread_by_largest_remainder() {
        Account account = new Account("T20000001");
        String chairs = account.rule(CHAIRS_RULE);
        String total = account.rule(TOTAL_RULE);

        JsonNode draft = ok(app.post(account.drafts() + "?apply_discounts=true", order(CHAIR, TABLE)));

        JsonNode chair = item(draft, 1);
        assertThat(chair.get("discount_lines")).isEqualTo(json("""
                [{"amount": 3980, "percentage": 10, "discount_type": "periodic", "discount_id": "%s",
                  "description": "Chairs 10 %%", "line_id": 1},
                 {"amount": 6417, "discount_type": "total", "discount_id": "%s",
                  "description": "100 off above 500", "line_id": 2}]""".formatted(chairs, total)));
        assertAmounts(chair, 29403, 5881);
        JsonNode table = item(draft, 2);
        assertThat(table.get("discount_lines")).isEqualTo(json("""
                [{"amount": 3583, "discount_type": "total", "discount_id": "%s",
                  "description": "100 off above 500", "line_id": 1}]""".formatted(total)));
        assertAmounts(table, 16417, 2141);
        assertTotals(draft, 59800, 45820, 13980, 0);

        // The engine's lines are stored like any other: a read gives the same draft.
        assertThat(ok(app.get(account.drafts() + "/" + draft.get("id").asText()))).isEqualTo(draft);
        // Another account's rules never apply.
        JsonNode elsewhere = ok(app.post(new Account("T20000002").drafts() + "?apply_discounts=true",
                order(CHAIR, TABLE)));
        assertThat(item(elsewhere, 1).get("discount_lines")).isEmpty();
        assertTotals(elsewhere, 59800, 59800, 0, 0);
    }

    @Test
    void item_endpoints_rerun_the_engine_over_the_whole_draft_and_without_the_flag_keep_lines_as_sent() {
        Account account = new Account("T20000003");
        String chairs = account.rule(CHAIRS_RULE);
        String total = account.rule(TOTAL_RULE);

        // The chair alone: 39800 is below the total rule's 50000.
        JsonNode draft = ok(app.post(account.drafts() + "?apply_discounts=true", order(CHAIR)));
        String self = account.drafts() + "/" + draft.get("id").asText();
        assertThat(amounts(item(draft, 1))).containsExactly(3980L);
        assertAmounts(item(draft, 1), 35820, 7164);

        // Adding the table lifts the gross to 59800: the total rule now reaches the chair too, which counts as changed.
        draft = ok(app.post(self + "/items?apply_discounts=true", TABLE));
        assertThat(draft.get("version").asLong()).isEqualTo(1);
        assertThat(amounts(item(draft, 1))).containsExactly(3980L, 6417L);
        assertThat(item(draft, 1).at("/discount_lines/1/discount_id").asText()).isEqualTo(total);
        assertAmounts(item(draft, 1), 29403, 5881);
        assertThat(amounts(item(draft, 2))).containsExactly(3583L);
        assertAmounts(item(draft, 2), 16417, 2141);
        assertThat(item(draft, 1).get("version").asLong()).isEqualTo(1);
        assertTotals(draft, 59800, 45820, 13980, 0);

        // A cheaper table drops the gross to 49800: the total rule's lines go, on the chair too.
        draft = ok(app.send("PUT", self + "/items/2?apply_discounts=true", TABLE.replace("20000", "10000")));
        assertThat(item(draft, 1).get("discount_lines")).isEqualTo(json("""
                [{"amount": 3980, "percentage": 10, "discount_type": "periodic", "discount_id": "%s",
                  "description": "Chairs 10 %%", "line_id": 1}]""".formatted(chairs)));
        assertAmounts(item(draft, 1), 35820, 7164);
        assertThat(item(draft, 2).get("discount_lines")).isEmpty();
        assertAmounts(item(draft, 2), 10000, 1304);
        assertThat(item(draft, 1).get("version").asLong()).isEqualTo(2);
        assertTotals(draft, 49800, 45820, 3980, 0);

        // Without the flag nothing is recomputed: the gross is 69800 now, yet the chair keeps its one line, and the
        // table's lines are the client's, as sent.
        String manualTable = TABLE.replace("20000", "30000").replace("}]}", "}], \"discount_lines\": "
                + "[{\"amount\": 500, \"discount_type\": \"manual\", \"description\": \"scratch\"}]}");
        draft = ok(app.send("PUT", self + "/items/2", manualTable));
        assertThat(amounts(item(draft, 1))).containsExactly(3980L);
        assertThat(item(draft, 1).get("version").asLong()).isEqualTo(2);
        assertThat(item(draft, 2).get("discount_lines")).isEqualTo(json("""
                [{"amount": 500, "discount_type": "manual", "description": "scratch"}]"""));
        assertAmounts(item(draft, 2), 29500, 3848);
        assertTotals(draft, 69800, 65320, 4480, 500);

        // Removing the chair with the flag: the table (30000, below 50000) keeps only its manual line.
        draft = ok(app.send("DELETE", self + "/items/1?apply_discounts=true", null));
        assertThat(draft.at("/order/items")).hasSize(1);
        assertThat(item(draft, 2).get("discount_lines")).isEqualTo(json("""
                [{"amount": 500, "discount_type": "manual", "description": "scratch"}]"""));
        assertTotals(draft, 30000, 29500, 500, 500);
    }

    @Test
    void client_lines_stay_stale_engine_lines_go_and_only_active_rules_of_eligible_items_apply() {
        Account account = new Account("T20000004");
        String chairs = account.rule(CHAIRS_RULE);
        account.rule(TOTAL_RULE);
        account.rule("""
                {"name": "Expired 50 %", "discount_type": "periodic", "reward": {"type": "percentage", "value": 50},
                 "applies_to": {"type": "all_items"}, "active_to": "2020-01-01T00:00:00Z"}""");
        String later = account.rule("""
                {"name": "Loyalty 20 %", "discount_type": "loyalty", "reward": {"type": "percentage", "value": 20},
                 "applies_to": {"type": "all_items"}}""");
        ok(app.send("DELETE", account.rules() + "/" + later, null));

        String sentChair = CHAIR.replace("}]}", "}], \"discount_lines\": ["
                + "{\"amount\": 1000, \"discount_type\": \"manual\"},"
                + "{\"amount\": 777, \"discount_type\": \"periodic\", \"discount_id\": \"" + chairs
                + "\", \"description\": \"stale\", \"line_id\": 2}]}");
        String ineligibleTable = TABLE.replace("}]}", "}], \"eligible_for_discount\": false}");

        // Without the flag the client's lines are kept exactly, even one naming a rule.
        JsonNode draft = ok(app.post(account.drafts(), order(sentChair, ineligibleTable)));
        String self = account.drafts() + "/" + draft.get("id").asText();
        assertThat(amounts(item(draft, 1))).containsExactly(1000L, 777L);
        assertAmounts(item(draft, 1), 38023, 7605);

        // With it: the stale line goes, the manual line stays and counts first; the table is not eligible, so the
        // eligible gross is 39800 and the total rule stays out; the expired and the deactivated rule do nothing.
        draft = ok(app.send("PUT", self + "?apply_discounts=true", order(sentChair, ineligibleTable)));
        assertThat(item(draft, 1).get("discount_lines")).isEqualTo(json("""
                [{"amount": 1000, "discount_type": "manual"},
                 {"amount": 3880, "percentage": 10, "discount_type": "periodic", "discount_id": "%s",
                  "description": "Chairs 10 %%", "line_id": 2}]""".formatted(chairs)));
        assertAmounts(item(draft, 1), 34920, 6984);
        assertThat(item(draft, 2).get("discount_lines")).isEmpty();
        assertAmounts(item(draft, 2), 20000, 2609);
        assertTotals(draft, 59800, 54920, 4880, 1000);

        // Switched on again, the loyalty rule applies after the older ones: 20 % of 34920 = 6984.
        JsonNode rule = ok(app.get(account.rules() + "/" + later));
        ((ObjectNode) rule).put("active", true);
        ok(app.send("PUT", account.rules() + "/" + later, rule.toString()));
        draft = ok(app.send("PUT", self + "?apply_discounts=true", order(sentChair, ineligibleTable)));
        assertThat(item(draft, 1).at("/discount_lines/2")).isEqualTo(json("""
                {"amount": 6984, "percentage": 20, "discount_type": "loyalty", "discount_id": "%s",
                 "description": "Loyalty 20 %%", "line_id": 3}""".formatted(later)));
        assertAmounts(item(draft, 1), 27936, 5587);
        assertTotals(draft, 59800, 47936, 11864, 1000);
    }

    /** A test account: its rules and drafts paths, and a helper to create a rule. */
    private record Account(String id) {
        String rules() {
            return "/v1/accounts/" + id + "/discounts/rules";
        }

        String drafts() {
            return "/v1/accounts/" + id + "/shopping/draft_orders";
        }

        String rule(String body) {
            return ok(app.post(rules(), body)).get("id").asText();
        }
    }

    private static String order(String... items) {
        return "{\"order\": {\"currency\": \"NOK\", \"items\": [" + String.join(",", items) + "]}}";
    }

    private static JsonNode ok(TestService.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode item(JsonNode draft, int lineId) {
        for (JsonNode item : draft.at("/order/items")) {
            if (item.get("line_id").asInt() == lineId) {
                return item;
            }
        }
        throw new AssertionError("no item " + lineId + " in " + draft);
    }

    private static List<Long> amounts(JsonNode item) {
        List<Long> amounts = new ArrayList<>();
        item.get("discount_lines").forEach(line -> amounts.add(line.get("amount").asLong()));
        return amounts;
    }

    private static void assertAmounts(JsonNode item, long net, long tax) {
        assertThat(item.get("net_amount").asLong()).as("net of line " + item.get("line_id")).isEqualTo(net);
        assertThat(item.at("/tax_lines/0/amount").asLong()).as("tax of line " + item.get("line_id")).isEqualTo(tax);
    }

    private static void assertTotals(JsonNode draft, long gross, long net, long totalDiscount, long manual) {
        JsonNode order = draft.get("order");
        assertThat(order.get("gross_amount").asLong()).isEqualTo(gross);
        assertThat(order.get("net_amount").asLong()).isEqualTo(net);
        assertThat(order.get("total_discount").asLong()).isEqualTo(totalDiscount);
        assertThat(order.get("total_manual_discount_amount").asLong()).isEqualTo(manual);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
