package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.in.auth.RegisteredClient;

/** Payout rules over real HTTP and PostgreSQL (SPEC §4c): CRUD, validation, live rule_id uniqueness, lists, scopes. */
class PayoutRulesTest {

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(PayoutRulesTest.class);
    }

    private static String rules(String account) {
        return "/v1/accounts/" + account + "/billing/payout-rules";
    }

    /** SPEC §4c's body, as a real marketplace client sends it. */
    static final String STORE_7 = """
            { "rule_type": "order.items.store.id", "rule_id": "store-7",
              "destinations": [
                {"type": "percentage", "value": 5, "destination": "platform-1"},
                {"type": "remaining_amount", "destinations": [
                    {"type": "percentage", "value": 100, "destination": "seller-7"}]}],
              "metadata": {"any": "thing"} }""";

    private static JsonNode ok(TestService.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void assertError(TestService.Answer answer, int status, String code, String field,
                                    String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo(code);
        if (field == null) {
            return;
        }
        List<String> fields = new ArrayList<>();
        answer.json().at("/error/errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains(field);
        answer.json().at("/error/errors").forEach(e -> {
            if (e.get("field").asText().equals(field)) {
                assertThat(e.get("message").asText()).isEqualTo(message);
            }
        });
    }

    @Test
    void creates_the_spec_rule_and_reads_it_back_exactly() {
        String account = "T20000001";
        JsonNode rule = ok(app.post(rules(account), STORE_7));
        String id = rule.get("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(rule.get("rule_type").asText()).isEqualTo("order.items.store.id");
        assertThat(rule.get("rule_id").asText()).isEqualTo("store-7");
        assertThat(rule.get("destinations").toString()).isEqualTo("[{\"type\":\"percentage\",\"value\":5,"
                + "\"destination\":\"platform-1\"},{\"type\":\"remaining_amount\",\"destinations\":[{\"type\":"
                + "\"percentage\",\"value\":100,\"destination\":\"seller-7\"}]}]");
        assertThat(rule.get("metadata").toString()).isEqualTo("{\"any\":\"thing\"}");
        assertThat(rule.get("created_by").asText()).isEqualTo(TestService.TEST_CLIENT_ID);
        assertThat(rule.has("deleted_at")).isFalse();
        assertThat(rule.at("/_links/0/href").asText()).isEqualTo(rules(account) + "/" + id);
        assertThat(ok(app.get(rules(account) + "/" + id))).isEqualTo(rule);
        // Exact decimals and amounts survive the round trip.
        JsonNode fee = ok(app.post(rules(account), """
                {"rule_type": "order.items.store.id", "rule_id": "fee",
                 "destinations": [{"type": "amount", "value": 300, "destination": "fee"},
                                  {"type": "percentage", "value": 33.333333, "destination": "platform"},
                                  {"type": "remaining_amount", "destination": "seller"}]}"""));
        assertThat(ok(app.get(rules(account) + "/" + fee.get("id").asText())).get("destinations").toString())
                .isEqualTo("[{\"type\":\"amount\",\"value\":300,\"destination\":\"fee\"},{\"type\":\"percentage\","
                        + "\"value\":33.333333,\"destination\":\"platform\"},{\"type\":\"remaining_amount\","
                        + "\"destination\":\"seller\"}]");
        // Another account sees nothing of it.
        assertThat(app.get(rules("T20000009") + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void invalid_rules_are_400_naming_each_field() {
        String path = rules("T20000002");
        assertError(app.post(path, STORE_7.replace("\"value\": 5,", "\"value\": 101,")), 400, "VALIDATION_ERROR",
                "destinations[0].value", "destinations[0].value must be between 0 and 100");
        assertError(app.post(path, STORE_7.replace("\"value\": 100,", "\"value\": 90,")), 400, "VALIDATION_ERROR",
                "destinations[1].destinations",
                "destinations[1].destinations percentages must add up to exactly 100 (they add up to 90)");
        assertError(app.post(path, STORE_7.replace("order.items.store.id", "order.store")), 400,
                "VALIDATION_ERROR", "rule_type", "rule_type must be order.items.store.id");
        assertError(app.post(path, STORE_7.replace("\"rule_id\": \"store-7\",", "")), 400, "VALIDATION_ERROR",
                "rule_id", "rule_id is required");
        assertError(app.post(path, """
                {"rule_type": "order.items.store.id", "rule_id": "x",
                 "destinations": [{"type": "percentage", "value": 60, "destination": "a"},
                                  {"type": "percentage", "value": 30, "destination": "b"}]}"""), 400,
                "VALIDATION_ERROR", "destinations", "destinations percentages must add up to exactly 100 without a "
                        + "remaining_amount destination (they add up to 90)");
        assertError(app.post(path, """
                {"rule_type": "order.items.store.id", "rule_id": "x",
                 "destinations": [{"type": "remaining_amount", "destination": "s"},
                                  {"type": "amount", "value": 1.5, "destination": "fee"}]}"""), 400,
                "VALIDATION_ERROR", "destinations[1].value",
                "destinations[1].value must be a whole amount in minor units");
        assertError(app.post(path, """
                {"rule_type": "order.items.store.id", "rule_id": "x",
                 "destinations": [{"type": "remaining_amount", "destination": "s"},
                                  {"type": "percentage", "value": 5, "destination": "p"}]}"""), 400,
                "VALIDATION_ERROR", "destinations[0].type",
                "destinations[0].type remaining_amount must be the last destination");
        assertError(app.post(path, """
                {"rule_type": "order.items.store.id", "rule_id": "x",
                 "destinations": [{"type": "share", "value": 5, "destination": "p"}]}"""), 400,
                "VALIDATION_ERROR", "destinations[0].type",
                "destinations[0].type must be one of amount, percentage, remaining_amount");
        // Nothing of it was stored.
        assertThat(ok(app.get(path + "?include_deleted=true")).get("payout_rules")).isEmpty();
    }

    @Test
    void rule_id_is_unique_among_live_rules_and_free_again_after_delete() {
        String path = rules("T20000003");
        JsonNode first = ok(app.post(path, STORE_7));
        assertError(app.post(path, STORE_7), 409, "DUPLICATE_RULE_ID", "rule_id",
                "rule_id \"store-7\" is already used by a live payout rule of this account");
        JsonNode other = ok(app.post(path, STORE_7.replace("store-7", "store-8")));
        // A PUT may not take a live rule's rule_id either.
        assertError(app.send("PUT", path + "/" + other.get("id").asText(), STORE_7), 409, "DUPLICATE_RULE_ID",
                "rule_id", "rule_id \"store-7\" is already used by a live payout rule of this account");

        JsonNode deleted = ok(app.delete(path + "/" + first.get("id").asText()));
        assertThat(deleted.get("deleted_by").asText()).isEqualTo(TestService.TEST_CLIENT_ID);
        assertThat(deleted.get("deleted_at").asText()).isNotEmpty();
        // DELETE again answers the same deleted rule; PUT of a deleted rule is refused.
        assertThat(ok(app.delete(path + "/" + first.get("id").asText()))).isEqualTo(deleted);
        assertError(app.send("PUT", path + "/" + first.get("id").asText(), STORE_7), 409, "PAYOUT_RULE_DELETED",
                null, null);
        JsonNode again = ok(app.post(path, STORE_7));
        assertThat(again.get("id").asText()).isNotEqualTo(first.get("id").asText());
        assertThat(ok(app.get(path + "/" + first.get("id").asText())).get("deleted_at").asText()).isNotEmpty();
    }

    @Test
    void put_replaces_terms_and_metadata() {
        String path = rules("T20000004");
        JsonNode rule = ok(app.post(path, STORE_7));
        JsonNode replaced = ok(app.send("PUT", path + "/" + rule.get("id").asText(), """
                {"rule_type": "order.items.store.id", "rule_id": "store-7",
                 "destinations": [{"type": "percentage", "value": 10, "destination": "platform-1"},
                                  {"type": "remaining_amount", "destination": "seller-7"}]}"""));
        assertThat(replaced.get("id")).isEqualTo(rule.get("id"));
        assertThat(replaced.get("created_at")).isEqualTo(rule.get("created_at"));
        assertThat(replaced.at("/destinations/0/value").asInt()).isEqualTo(10);
        assertThat(replaced.has("metadata") && !replaced.get("metadata").isEmpty()).isFalse();
        assertThat(ok(app.get(path + "/" + rule.get("id").asText()))).isEqualTo(replaced);
        assertThat(app.send("PUT", path + "/" + UUID.randomUUID(), STORE_7).status()).isEqualTo(404);
        assertThat(app.get(path + "/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void lists_newest_first_with_filters_and_paging() {
        String path = rules("T20000005");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(ok(app.post(path, STORE_7.replace("store-7", "store-" + i))).get("id").asText());
        }
        ok(app.delete(path + "/" + ids.get(1)));
        JsonNode live = ok(app.get(path));
        assertThat(ids(live)).containsExactly(ids.get(2), ids.get(0));
        assertThat(live.has("paging_token")).isFalse();
        assertThat(ids(ok(app.get(path + "?include_deleted=true")))).containsExactly(ids.get(2), ids.get(1),
                ids.get(0));
        assertThat(ids(ok(app.get(path + "?rule_id=store-1&rule_type=order.items.store.id"))))
                .containsExactly(ids.get(0));
        assertThat(ids(ok(app.get(path + "?rule_id=store-2")))).isEmpty();
        JsonNode first = ok(app.get(path + "?include_deleted=true&limit=2"));
        assertThat(ids(first)).containsExactly(ids.get(2), ids.get(1));
        JsonNode second = ok(app.get(path + "?include_deleted=true&limit=2&starting_after="
                + first.get("paging_token").asText()));
        assertThat(ids(second)).containsExactly(ids.get(0));
        assertThat(app.get(path + "?rule_type=other").status()).isEqualTo(400);
        assertThat(app.get(path + "?include_deleted=maybe").status()).isEqualTo(400);
        assertThat(app.get(path + "?limit=0").status()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("payout_rules").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void an_idempotency_key_replays_the_first_answer() {
        String path = rules("T20000006");
        TestService.Answer first = app.post(path, STORE_7, "Idempotency-Key", "rule-1");
        TestService.Answer again = app.post(path, STORE_7, "Idempotency-Key", "rule-1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(app.post(path, STORE_7.replace("store-7", "store-x"), "Idempotency-Key", "rule-1").status())
                .isEqualTo(422);
        assertThat(ok(app.get(path)).get("payout_rules")).hasSize(1);
    }

    @Test
    void billing_scopes_guard_the_rules() {
        String account = TestService.ACCOUNT;
        String path = rules(account);
        String reader = bearer(account, "read:billing");
        String writer = bearer(account, "write:billing");
        String shopping = bearer(account, "admin:shopping");
        TestService.Answer created = app.anonymous().send("POST", path, STORE_7, "Authorization", writer);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().get("id").asText();
        assertThat(app.anonymous().send("GET", path + "/" + id, null, "Authorization", reader).status())
                .isEqualTo(200);
        assertThat(app.anonymous().send("GET", path, null, "Authorization", reader).status()).isEqualTo(200);
        assertThat(app.anonymous().send("POST", path, STORE_7, "Authorization", reader).status()).isEqualTo(403);
        assertThat(app.anonymous().send("DELETE", path + "/" + id, null, "Authorization", reader).status())
                .isEqualTo(403);
        assertThat(app.anonymous().send("GET", path, null, "Authorization", shopping).status()).isEqualTo(403);
        assertThat(app.anonymous().send("GET", path, null).status()).isEqualTo(401);
        assertThat(app.anonymous().send("DELETE", path + "/" + id, null, "Authorization",
                bearer(account, "admin:billing")).status()).isEqualTo(200);
    }

    private static String bearer(String account, String... scopes) {
        RegisteredClient client = app.registerClient(account, scopes);
        return "Bearer " + app.token(account, client.clientId(), client.clientSecret());
    }
}
