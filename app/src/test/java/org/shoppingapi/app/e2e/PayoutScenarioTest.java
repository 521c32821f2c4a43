package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.OrderApi.payment;
import static org.shoppingapi.app.e2e.TestReceiver.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The marketplace walk-through of the README's "Payouts" section over HTTP (SPEC §4c): rules, a draft with
 * {@code options.payout: true}, completion fixing each line's rule, and every payment operation split to the øre,
 * with every worked example of §4c; also in the order's reads and in its webhook.
 */
class PayoutScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    static TestService app;
    @AutoClose
    static TestReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new TestReceiver();
        app = TestService.start(PayoutScenarioTest.class, WebhookTesting.FAST);
    }

    private static String rules(String account) {
        return "/v1/accounts/" + account + "/billing/payout-rules";
    }

    private static JsonNode ok(TestService.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** {@code [destination, amount, destination, amount, ...]} of one payment item's payout, as text. */
    private static List<String> split(JsonNode paymentItem) {
        List<String> shares = new ArrayList<>();
        paymentItem.at("/payout/destinations").forEach(d -> {
            assertThat(d.size()).isEqualTo(2);
            shares.add(d.get("destination").asText() + "=" + d.get("amount").asLong());
        });
        return shares;
    }

    private static final String STORE_7 = """
            {"rule_type": "order.items.store.id", "rule_id": "store-7",
             "destinations": [{"type": "percentage", "value": 5, "destination": "platform-1"},
                              {"type": "remaining_amount", "destinations": [
                                  {"type": "percentage", "value": 100, "destination": "seller-7"}]}]}""";
    private static final String THIRDS = """
            {"rule_type": "order.items.store.id", "rule_id": "thirds",
             "destinations": [{"type": "percentage", "value": 33.333, "destination": "a"},
                              {"type": "percentage", "value": 33.333, "destination": "b"},
                              {"type": "percentage", "value": 33.334, "destination": "c"}]}""";
    private static final String FEE = """
            {"rule_type": "order.items.store.id", "rule_id": "store-fee",
             "destinations": [{"type": "amount", "value": 300, "destination": "fee"},
                              {"type": "percentage", "value": 10, "destination": "platform"},
                              {"type": "remaining_amount", "destination": "seller"}]}""";

    @Test
    void the_marketplace_walk_through_splits_every_payment_to_the_ore() {
        String account = "T30000001";
        OrderApi api = new OrderApi(app, account);
        ok(app.post("/v1/accounts/" + account + "/hooks/subscriptions",
                WebhookTesting.subscription(receiver.url("/payouts"), "s3cret", "shopping_order_update")));
        String store7 = ok(app.post(rules(account), STORE_7)).get("id").asText();
        ok(app.post(rules(account), THIRDS));
        ok(app.post(rules(account), FEE));

        // Line 1 sold by store-7, line 2 by store-fee, line 3 by store-7 but settled by the "thirds" rule
        // (manual_payout), line 4 by a store without a rule.
        JsonNode order = api.complete("""
                {"order": {"currency": "NOK", "items": [
                   {"id": "lamp", "line_id": 1, "quantity": 1, "gross_amount": 20000, "tax_lines": [{"percentage": 25}],
                    "store": {"id": "store-7"}},
                   {"id": "mug", "line_id": 2, "quantity": 1, "gross_amount": 2700, "tax_lines": [{"percentage": 25}],
                    "store": {"id": "store-fee"}},
                   {"id": "rug", "line_id": 3, "quantity": 1, "gross_amount": 10000, "tax_lines": [{"percentage": 25}],
                    "store": {"id": "store-7"}, "manual_payout": {"rule_id": "thirds"}},
                   {"id": "card", "line_id": 4, "quantity": 1, "gross_amount": 500, "tax_lines": [{"percentage": 25}],
                    "store": {"id": "store-9"}}]},
                 "options": {"split_draft": false, "payout": true}}""");
        String orderId = order.get("order_id").asText();
        assertThat(order.at("/items/0/payout_rule/rule_id").asText()).isEqualTo("store-7");
        assertThat(order.at("/items/0/payout_rule/rule_type").asText()).isEqualTo("order.items.store.id");
        assertThat(order.at("/items/0/payout_rule/destinations/0/value").asInt()).isEqualTo(5);
        assertThat(order.at("/items/1/payout_rule/rule_id").asText()).isEqualTo("store-fee");
        assertThat(order.at("/items/2/payout_rule/rule_id").asText()).isEqualTo("thirds");
        assertThat(order.at("/items/2/manual_payout/rule_id").asText()).isEqualTo("thirds");
        assertThat(order.at("/items/3").has("payout_rule")).isFalse();

        // A later change of the rule does not touch the order: its lines keep the 5 % they fixed.
        ok(app.send("PUT", rules(account) + "/" + store7, STORE_7.replace("\"value\": 5", "\"value\": 50")));

        JsonNode c1 = ok(api.pay(orderId, "captures", payment(1, 10000)));
        assertThat(split(c1.at("/items/0"))).containsExactly("platform-1=500", "seller-7=9500");
        assertThat(c1.at("/items/0/payout/rule_id").asText()).isEqualTo("store-7");
        assertThat(c1.at("/items/0/payout/rule_type").asText()).isEqualTo("order.items.store.id");
        JsonNode c2 = ok(api.pay(orderId, "captures", payment(1, 9999)));
        assertThat(split(c2.at("/items/0"))).containsExactly("platform-1=500", "seller-7=9499");
        JsonNode refund = ok(api.pay(orderId, "refunds", payment(1, 1)));
        assertThat(split(refund.at("/items/0"))).containsExactly("platform-1=0", "seller-7=1");

        JsonNode c3 = ok(api.pay(orderId, "captures", payment(3, 10000, 2, 2500, 4, 500)));
        assertThat(split(c3.at("/items/0"))).containsExactly("a=3333", "b=3333", "c=3334");
        assertThat(split(c3.at("/items/1"))).containsExactly("fee=300", "platform=220", "seller=1980");
        assertThat(c3.at("/items/2").has("payout")).isFalse();
        JsonNode c4 = ok(api.pay(orderId, "captures", payment(2, 200)));
        assertThat(split(c4.at("/items/0"))).containsExactly("fee=200", "platform=0", "seller=0");

        // The order's reads carry the fixed rules and the same splits, and so does its webhook.
        JsonNode read = ok(api.get(orderId));
        assertThat(read.at("/items/0/payout_rule/destinations/0/value").asInt()).isEqualTo(5);
        JsonNode captures = ok(api.operations(orderId, "captures")).get("captures");
        assertThat(captures).hasSize(4);
        List<List<String>> all = new ArrayList<>();
        captures.forEach(c -> c.get("items").forEach(i -> all.add(split(i))));
        assertThat(all).containsExactlyInAnyOrder(List.of("platform-1=500", "seller-7=9500"),
                List.of("platform-1=500", "seller-7=9499"), List.of("a=3333", "b=3333", "c=3334"),
                List.of("fee=300", "platform=220", "seller=1980"), List.of(), List.of("fee=200", "platform=0",
                        "seller=0"));
        JsonNode oneRefund = ok(app.get(api.order(orderId) + "/refunds/" + refund.get("id").asText()));
        assertThat(split(oneRefund.at("/items/0"))).containsExactly("platform-1=0", "seller-7=1");
        List<List<String>> inOrder = new ArrayList<>();
        read.get("captures").forEach(c -> c.get("items").forEach(i -> inOrder.add(split(i))));
        assertThat(inOrder).containsExactlyInAnyOrderElementsOf(all);
        assertThat(split(read.at("/refunds/0/items/0"))).containsExactly("platform-1=0", "seller-7=1");
        await("the last capture's webhook arrives", Duration.ofSeconds(30), () -> receiver.requests("/payouts")
                .stream().map(r -> parse(r.body())).anyMatch(b -> b.at("/order/captures").size() == 4));
        JsonNode hook = receiver.requests("/payouts").stream().map(r -> parse(r.body()))
                .filter(b -> b.at("/order/captures").size() == 4).findFirst().orElseThrow();
        assertThat(hook.at("/order/items/0/payout_rule/destinations/0/value").asInt()).isEqualTo(5);
        assertThat(hook.at("/order/items/2/payout_rule/rule_id").asText()).isEqualTo("thirds");
        List<List<String>> inHook = new ArrayList<>();
        hook.at("/order/captures").forEach(c -> c.get("items").forEach(i -> inHook.add(split(i))));
        assertThat(inHook).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void authorizations_and_cancellations_carry_the_split_too() {
        String account = "T30000002";
        OrderApi api = new OrderApi(app, account);
        ok(app.post(rules(account), STORE_7));
        JsonNode order = api.complete("""
                {"order": {"currency": "NOK", "store": {"id": "store-7"}, "items": [
                   {"id": "lamp", "line_id": 1, "quantity": 1, "gross_amount": 10000, "tax_lines": [{"percentage": 25}]}]},
                 "options": {"split_draft": false, "payout": {}}}""");
        String orderId = order.get("order_id").asText();
        assertThat(order.at("/items/0/payout_rule/rule_id").asText()).isEqualTo("store-7");
        JsonNode auth = ok(api.pay(orderId, "authorizations", payment(1, 10000)));
        assertThat(split(auth.at("/items/0"))).containsExactly("platform-1=500", "seller-7=9500");
        JsonNode cancel = ok(api.pay(orderId, "cancellations", payment(1, 1)));
        assertThat(split(cancel.at("/items/0"))).containsExactly("platform-1=0", "seller-7=1");
        assertThat(split(ok(api.operations(orderId, "authorizations")).at("/authorizations/0/items/0")))
                .containsExactly("platform-1=500", "seller-7=9500");
        assertThat(split(ok(api.operations(orderId, "cancellations")).at("/cancellations/0/items/0")))
                .containsExactly("platform-1=0", "seller-7=1");
        JsonNode read = ok(api.get(orderId));
        assertThat(split(read.at("/authorizations/0/items/0"))).containsExactly("platform-1=500", "seller-7=9500");
        assertThat(split(read.at("/cancellations/0/items/0"))).containsExactly("platform-1=0", "seller-7=1");
    }

    @Test
    void dynamic_rules_of_the_draft_come_before_stored_ones_and_read_back() {
        String account = "T30000003";
        OrderApi api = new OrderApi(app, account);
        ok(app.post(rules(account), STORE_7));
        String draftBody = """
                {"order": {"currency": "NOK", "items": [
                   {"id": "a", "line_id": 1, "quantity": 1, "gross_amount": 1000, "store": {"id": "store-7"}},
                   {"id": "b", "line_id": 2, "quantity": 1, "gross_amount": 1000, "store": {"id": "other"},
                    "manual_payout": {"rule_id": "store-7"}}]},
                 "options": {"split_draft": false, "payout": {"rules": [
                   {"rule_type": "order.items.store.id", "rule_id": "store-7",
                    "destinations": [{"type": "amount", "value": 100, "destination": "fee"},
                                     {"type": "remaining_amount", "destination": "seller-7"}]}]}}}""";
        JsonNode draft = ok(api.drafts().create(draftBody));
        assertThat(draft.at("/options/payout/rules/0/rule_id").asText()).isEqualTo("store-7");
        assertThat(draft.at("/options/payout/rules/0/destinations/0/value").asInt()).isEqualTo(100);
        assertThat(draft.at("/order/items/1/manual_payout/rule_id").asText()).isEqualTo("store-7");
        JsonNode order = ok(api.drafts().complete(draft.get("id").asText())).at("/orders/0");
        // Both lines use the draft's own store-7 rule: line 1 by its store, line 2 by manual_payout.
        JsonNode capture = ok(api.pay(order.get("order_id").asText(), "captures", payment(1, 1000, 2, 50)));
        assertThat(split(capture.at("/items/0"))).containsExactly("fee=100", "seller-7=900");
        assertThat(split(capture.at("/items/1"))).containsExactly("fee=50", "seller-7=0");
    }

    @Test
    void a_manual_payout_naming_no_rule_is_400_when_the_draft_is_written() {
        String account = "T30000004";
        OrderApi api = new OrderApi(app, account);
        TestService.Answer refused = api.drafts().create("""
                {"order": {"currency": "NOK", "items": [
                   {"id": "a", "line_id": 1, "quantity": 1, "gross_amount": 1000, "manual_payout": {"rule_id": "nope"}}]}}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().at("/error/errors/0/field").asText())
                .isEqualTo("order.items[0].manual_payout.rule_id");
        String draftId = api.drafts().createId("""
                {"order": {"currency": "NOK", "items": [
                   {"id": "a", "line_id": 1, "quantity": 1, "gross_amount": 1000}]}}""");
        TestService.Answer item = api.drafts().addItem(draftId, """
                {"id": "b", "line_id": 2, "quantity": 1, "gross_amount": 1000, "manual_payout": {"rule_id": "nope"}}""");
        assertThat(item.status()).as(item.body()).isEqualTo(400);
        assertThat(item.json().at("/error/errors/0/field").asText()).isEqualTo("manual_payout.rule_id");
        assertThat(ok(api.drafts().get(draftId)).get("version").asInt()).isZero();
        TestService.Answer blank = api.drafts().addItem(draftId, """
                {"id": "b", "line_id": 2, "quantity": 1, "gross_amount": 1000, "manual_payout": {}}""");
        assertThat(blank.json().at("/error/errors/0/field").asText()).isEqualTo("manual_payout.rule_id");
        TestService.Answer badOption = api.drafts().create("""
                {"order": {"currency": "NOK", "items": []},
                 "options": {"payout": {"rules": [{"rule_type": "order.items.store.id", "rule_id": "x",
                   "destinations": [{"type": "percentage", "value": 90, "destination": "a"}]}]}}}""");
        assertThat(badOption.status()).as(badOption.body()).isEqualTo(400);
        assertThat(badOption.json().at("/error/errors/0/field").asText()).isEqualTo("options.payout.rules[0].destinations");
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
