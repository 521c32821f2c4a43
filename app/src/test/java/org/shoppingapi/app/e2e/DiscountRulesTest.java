package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discount rules over real HTTP and PostgreSQL: CRUD, validation, deactivate/reactivate, paging (SPEC §4b, §1). */
class DiscountRulesTest {

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(DiscountRulesTest.class);
    }

    private static String rules(String account) {
        return "/v1/accounts/" + account + "/discounts/rules";
    }

    private static final String CHAIRS = """
            { "name": "Chairs 10 %", "discount_type": "periodic",
              "reward": {"type": "percentage", "value": 10},
              "applies_to": {"type": "items", "item_ids": ["175938"]},
              "active_from": "2026-01-01T00:00:00Z", "active_to": "2026-12-31T23:59:59Z",
              "limitation": 1, "unknown_field": "ignored" }
            """;

    private static JsonNode ok(TestService.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void creates_a_rule_in_the_spec_format_and_reads_it_back() {
        JsonNode rule = ok(app.post(rules("T10000001"), CHAIRS));
        String id = rule.get("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(rule.get("name").asText()).isEqualTo("Chairs 10 %");
        assertThat(rule.get("discount_type").asText()).isEqualTo("periodic");
        assertThat(rule.get("reward").toString()).isEqualTo("{\"type\":\"percentage\",\"value\":10}");
        assertThat(rule.get("applies_to").toString()).isEqualTo("{\"type\":\"items\",\"item_ids\":[\"175938\"]}");
        assertThat(rule.get("active_from").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(rule.get("active_to").asText()).isEqualTo("2026-12-31T23:59:59Z");
        assertThat(rule.get("limitation").asInt()).isEqualTo(1);
        assertThat(rule.get("active").asBoolean()).isTrue();
        assertThat(rule.get("created_by").asText()).isEqualTo(TestService.TEST_CLIENT_ID);
        assertThat(rule.get("created_at").asText()).isEqualTo(rule.get("updated_at").asText());
        assertThat(rule.at("/_links/0/rel").asText()).isEqualTo("self");
        assertThat(rule.at("/_links/0/href").asText()).isEqualTo("/v1/accounts/T10000001/discounts/rules/" + id);
        assertThat(rule.has("unknown_field")).isFalse();

        assertThat(ok(app.get(rules("T10000001") + "/" + id))).isEqualTo(rule);

        JsonNode total = ok(app.post(rules("T10000001"), """
                {"name": "50 off above 1000", "discount_type": "total",
                 "reward": {"type": "amount", "value": 5000},
                 "applies_to": {"type": "total", "minimum_gross": 100000}, "active": false}"""));
        assertThat(total.get("reward").toString()).isEqualTo("{\"type\":\"amount\",\"value\":5000}");
        assertThat(total.get("applies_to").toString()).isEqualTo("{\"type\":\"total\",\"minimum_gross\":100000}");
        assertThat(total.get("active").asBoolean()).isFalse();
        assertThat(total.has("active_from")).isFalse();
        assertThat(total.has("limitation")).isFalse();
    }

    @Test
    void invalid_rules_are_400_naming_each_field() {
        String path = rules("T10000002");
        assertError(app.post(path, CHAIRS.replace("\"value\": 10", "\"value\": 101")), "reward.value",
                "reward.value must be between 0 and 100");
        assertError(app.post(path, CHAIRS.replace("\"item_ids\": [\"175938\"]", "\"item_ids\": []")),
                "applies_to.item_ids", "applies_to.item_ids is required");
        assertError(app.post(path, CHAIRS.replace("\"percentage\"", "\"percent\"")), "reward.type",
                "reward.type must be one of percentage, amount");
        assertError(app.post(path, CHAIRS.replace("\"periodic\"", "\"seasonal\"")), "discount_type",
                "discount_type must be one of customer, periodic, manual, loyalty, total, employee, external");
        assertError(app.post(path, CHAIRS.replace("\"type\": \"items\"", "\"type\": \"some\"")), "applies_to.type",
                "applies_to.type must be one of items, all_items, total");
        assertError(app.post(path, CHAIRS.replace("\"limitation\": 1", "\"limitation\": 0")), "limitation",
                "limitation must be 1 or more");
        assertError(app.post(path, CHAIRS.replace("2026-12-31T23:59:59Z", "2025-12-31T23:59:59Z")), "active_to",
                "active_to must not be before active_from");
        assertError(app.post(path, CHAIRS.replace("\"2026-01-01T00:00:00Z\"", "\"new year\"")), "active_from",
                "active_from has a wrong type or format");
        assertError(app.post(path, CHAIRS.replace("[\"175938\"]", "[\"175938\", null]")), "applies_to.item_ids[1]",
                "applies_to.item_ids[1] is required");
        assertError(app.post(path, """
                {"name": "x", "discount_type": "total", "reward": {"type": "amount", "value": 10.5},
                 "applies_to": {"type": "total", "minimum_gross": 0}}"""), "reward.value",
                "reward.value must be a whole amount in minor units, 0 or more");
        assertError(app.post(path, """
                {"name": "x", "discount_type": "total", "reward": {"type": "amount", "value": 10},
                 "applies_to": {"type": "total"}}"""), "applies_to.minimum_gross",
                "applies_to.minimum_gross is required");

        TestService.Answer empty = app.post(path, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("name", "discount_type", "reward", "applies_to");
        assertThat(empty.json().at("/error/message").asText()).isEqualTo("name is required (and 3 more)");
        assertThat(app.post(path, "{not json").status()).isEqualTo(400);
        assertThat(ok(app.get(path)).get("rules")).isEmpty(); // nothing was stored by a refused request
    }

    @Test
    void unknown_malformed_and_foreign_rule_ids() {
        String id = ok(app.post(rules("T10000003"), CHAIRS)).get("id").asText();
        assertThat(app.get(rules("T10000004") + "/" + id).status()).isEqualTo(404);
        assertThat(app.send("DELETE", rules("T10000004") + "/" + id, null).status()).isEqualTo(404);
        assertThat(app.send("PUT", rules("T10000004") + "/" + id, CHAIRS).status()).isEqualTo(404);
        TestService.Answer unknown = app.get(rules("T10000003") + "/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/code").asText()).isEqualTo("NOT_FOUND");
        assertError(app.get(rules("T10000003") + "/not-a-uuid"), "id", "id must be a UUID");
        assertError(app.get("/v1/accounts/X1/discounts/rules"), "aid", "aid must match ^[PT]\\d{8}$ (T or P and 8 digits)");
        // The foreign DELETE and PUT changed nothing.
        JsonNode rule = ok(app.get(rules("T10000003") + "/" + id));
        assertThat(rule.get("active").asBoolean()).isTrue();
        assertThat(rule.get("name").asText()).isEqualTo("Chairs 10 %");
    }

    @Test
    void delete_deactivates_put_replaces_and_may_reactivate() {
        String path = rules("T10000005");
        JsonNode created = ok(app.post(path, CHAIRS));
        String self = path + "/" + created.get("id").asText();

        JsonNode deleted = ok(app.send("DELETE", self, null));
        assertThat(deleted.get("active").asBoolean()).isFalse();
        assertThat(deleted.get("name").asText()).isEqualTo("Chairs 10 %");
        assertThat(deleted.get("created_at")).isEqualTo(created.get("created_at"));
        assertThat(ok(app.get(self))).isEqualTo(deleted);
        assertThat(ok(app.send("DELETE", self, null))).isEqualTo(deleted); // idempotent

        // A PUT without `active` replaces the definition and leaves the rule off.
        JsonNode replaced = ok(app.send("PUT", self, """
                {"name": "Everything 15 %", "discount_type": "customer",
                 "reward": {"type": "percentage", "value": 12.5}, "applies_to": {"type": "all_items"}}"""));
        assertThat(replaced.get("id")).isEqualTo(created.get("id"));
        assertThat(replaced.get("active").asBoolean()).isFalse();
        assertThat(replaced.get("name").asText()).isEqualTo("Everything 15 %");
        assertThat(replaced.get("reward").toString()).isEqualTo("{\"type\":\"percentage\",\"value\":12.5}");
        assertThat(replaced.get("applies_to").toString()).isEqualTo("{\"type\":\"all_items\"}");
        assertThat(replaced.has("active_from")).isFalse();
        assertThat(replaced.has("limitation")).isFalse();
        assertThat(replaced.get("created_at")).isEqualTo(created.get("created_at"));
        assertThat(replaced.get("created_by")).isEqualTo(created.get("created_by"));

        JsonNode reactivated = ok(app.send("PUT", self, CHAIRS.replace("\"limitation\": 1", "\"active\": true")));
        assertThat(reactivated.get("active").asBoolean()).isTrue();
        assertThat(reactivated.get("name").asText()).isEqualTo("Chairs 10 %");
        assertThat(ok(app.get(self))).isEqualTo(reactivated);

        assertError(app.send("PUT", self, CHAIRS.replace("\"value\": 10", "\"value\": -1")), "reward.value",
                "reward.value must be between 0 and 100");
        assertThat(ok(app.get(self))).isEqualTo(reactivated);
    }

    @Test
    void lists_newest_first_in_pages() {
        String path = rules("T10000006");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(ok(app.post(path, CHAIRS.replace("Chairs 10 %", "rule " + i))).get("id").asText());
        }
        List<String> newestFirst = created.reversed();
        ok(app.post(rules("T10000007"), CHAIRS)); // another account's rule never shows up

        JsonNode first = ok(app.get(path));
        assertThat(ids(first)).isEqualTo(newestFirst.subList(0, 10));
        assertThat(first.at("/rules/0/name").asText()).isEqualTo("rule 11");
        String token = first.get("paging_token").asText();
        JsonNode second = ok(app.get(path + "?starting_after=" + token));
        assertThat(ids(second)).isEqualTo(newestFirst.subList(10, 12));
        assertThat(second.has("paging_token")).isFalse();

        JsonNode five = ok(app.get(path + "?limit=5"));
        assertThat(ids(five)).isEqualTo(newestFirst.subList(0, 5));
        JsonNode nextFive = ok(app.get(path + "?limit=5&starting_after=" + five.get("paging_token").asText()));
        assertThat(ids(nextFive)).isEqualTo(newestFirst.subList(5, 10));
        assertThat(ids(ok(app.get(path + "?limit=100")))).isEqualTo(newestFirst);
        JsonNode exact = ok(app.get(path + "?limit=12"));
        assertThat(exact.has("paging_token")).isFalse();

        assertError(app.get(path + "?limit=0"), "limit", "limit must be between 1 and 100");
        assertError(app.get(path + "?limit=101"), "limit", "limit must be between 1 and 100");
        assertError(app.get(path + "?limit=ten"), "limit", "limit must be between 1 and 100");
        assertError(app.get(path + "?starting_after=nonsense"), "starting_after",
                "starting_after is not a paging token of this list");
        // A token of another account's list is no token of this one.
        assertError(app.get(rules("T10000007") + "?starting_after=" + token), "starting_after",
                "starting_after is not a paging token of this list");
    }

    @Test
    void idempotency_key_on_post_creates_one_rule() {
        String path = rules("T10000008");
        JsonNode first = ok(app.post(path, CHAIRS, "Idempotency-Key", "rule-1"));
        TestService.Answer again = app.post(path, CHAIRS, "Idempotency-Key", "rule-1");
        assertThat(ok(again)).isEqualTo(first);
        assertThat(app.post(path, CHAIRS.replace("Chairs", "Tables"), "Idempotency-Key", "rule-1").status())
                .isEqualTo(422);
        assertThat(ids(ok(app.get(path)))).containsExactly(first.get("id").asText());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("rules").forEach(rule -> ids.add(rule.get("id").asText()));
        return ids;
    }

    private static List<String> fields(TestService.Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().at("/error/errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static void assertError(TestService.Answer answer, String field, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(answer.json().at("/error/message").asText()).isEqualTo(message);
        assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo(field);
    }
}
