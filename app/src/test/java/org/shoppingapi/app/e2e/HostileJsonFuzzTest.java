package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated hostile JSON at every endpoint that takes a body (SPEC §1): numbers with huge and tiny exponents or too
 * many digits, U+0000, deep nesting, duplicate keys, wrong types and odd unicode, put into every kind of field (typed
 * fields, metadata and other pass-through objects, ids, whole bodies). Whatever the answer, it is never a 5xx; what
 * answered 2xx reads back; and every list still answers 200 afterwards.
 */
class HostileJsonFuzzTest {

    private static final String ACCOUNT = TestService.ACCOUNT;
    private static final String SHOP = "/v1/accounts/" + ACCOUNT + "/shopping";
    private static final String ITEM = "{\"id\": \"a\", \"line_id\": 1, \"quantity\": 1, \"gross_amount\": 1000,"
            + " \"tax_lines\": [{\"percentage\": 25}]}";

    static TestService app;
    static String draftId;
    static String orderId;

    @BeforeContainer
    static void start() {
        app = TestService.start(HostileJsonFuzzTest.class, WebhookTesting.FAST);
        draftId = app.post(SHOP + "/draft_orders", draft("")).json().get("id").asText();
        String completing = app.post(SHOP + "/draft_orders", "{\"order\": {\"currency\": \"NOK\", \"items\": ["
                + ITEM + "]}, \"options\": {\"split_draft\": false}}").json().get("id").asText();
        orderId = app.send("PUT", SHOP + "/draft_orders/" + completing + "/complete", "{}").json()
                .at("/orders/0/id").asText();
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    private static String draft(String orderFields) {
        return "{\"order\": {\"currency\": \"NOK\"" + orderFields + ", \"items\": [" + ITEM + "]}}";
    }

    /** One request: method, path and a body with {@code %s} where the hostile value goes. */
    record Target(String method, String path, String template, String readBack) {
        Target(String method, String path, String template) {
            this(method, path, template, null);
        }
    }

    private static List<Target> targets() {
        String draft = SHOP + "/draft_orders/" + draftId;
        String order = SHOP + "/orders/" + orderId;
        String hooks = "/v1/accounts/" + ACCOUNT + "/hooks/subscriptions";
        String rules = "/v1/accounts/" + ACCOUNT + "/discounts/rules";
        String payment = "{\"items\": [{\"line_id\": 1, \"amount\": 1}], \"metadata\": {\"k\": %s}}";
        return List.of(
                new Target("POST", SHOP + "/draft_orders", draft(", \"metadata\": {\"k\": %s}"), "draft"),
                new Target("POST", SHOP + "/draft_orders", draft(", \"customer\": {\"customer_id\": %s}"), "draft"),
                new Target("POST", SHOP + "/draft_orders", draft(", \"comment\": %s"), "draft"),
                new Target("POST", SHOP + "/draft_orders", "{\"order\": {\"currency\": \"NOK\", \"items\": [{\"id\":"
                        + " \"a\", \"line_id\": 1, \"quantity\": %s, \"gross_amount\": 1000, \"tax_lines\": []}]}}", "draft"),
                new Target("POST", SHOP + "/draft_orders", "{\"order\": {\"currency\": \"NOK\", \"items\": [{\"id\":"
                        + " \"a\", \"line_id\": 1, \"gross_amount\": %s, \"tax_lines\": [{\"percentage\": 25}]}]}}", "draft"),
                new Target("POST", SHOP + "/draft_orders", "{\"order\": {\"currency\": \"NOK\", \"items\": [{\"id\":"
                        + " \"a\", \"line_id\": 1, \"gross_amount\": 10, \"tax_lines\": [{\"percentage\": %s}]}]}}", "draft"),
                new Target("POST", SHOP + "/draft_orders", "{\"order\": %s}", "draft"),
                new Target("POST", SHOP + "/draft_orders", "%s", "draft"),
                new Target("PUT", draft, draft(", \"store\": {\"id\": \"s\", \"x\": %s}"), "draft"),
                new Target("POST", draft + "/items", "{\"id\": \"b\", \"line_id\": 7, \"gross_amount\": 5,"
                        + " \"metadata\": %s}", "draft"),
                new Target("PUT", draft + "/items/1", "{\"id\": %s, \"gross_amount\": 5}", "draft"),
                new Target("PUT", order, "{\"comment\": %s}", "order"),
                new Target("PUT", order, "{\"metadata\": {\"k\": %s}}", "order"),
                new Target("POST", order + "/events", "{\"service\": \"s\", \"service_status\": \"x\","
                        + " \"metadata\": {\"k\": %s}}", "order"),
                new Target("POST", order + "/events", "{\"service\": %s, \"service_status\": \"x\"}", "order"),
                new Target("POST", order + "/authorizations", payment, "order"),
                new Target("POST", order + "/captures", payment, "order"),
                new Target("POST", order + "/refunds", "{\"items\": [{\"line_id\": 1, \"amount\": %s}]}", "order"),
                new Target("POST", order + "/cancellations", "{\"payment_details\": {\"k\": %s}}", "order"),
                new Target("POST", hooks, "{\"config\": {\"url\": \"http://127.0.0.1:9/h\", \"secret\": %s},"
                        + " \"events\": [\"shopping_draft_add\"]}", "subscription"),
                new Target("POST", hooks, "{\"config\": {\"url\": %s, \"secret\": \"s\"}, \"events\": [\"x\"]}"),
                new Target("POST", rules, "{\"name\": %s, \"discount_type\": \"periodic\", \"reward\": {\"type\":"
                        + " \"percentage\", \"value\": 10}, \"applies_to\": {\"type\": \"items\", \"item_ids\": [\"a\"]}}", "rule"),
                new Target("POST", rules, "{\"name\": \"r\", \"discount_type\": \"total\", \"reward\": {\"type\":"
                        + " \"amount\", \"value\": %s}, \"applies_to\": {\"type\": \"total\"}}", "rule"),
                new Target("POST", "/v1/accounts/" + ACCOUNT + "/auth/token", "{\"grant_type\": %s, \"audience\":"
                        + " \"http://x/v1/accounts/" + ACCOUNT + "\"}"));
    }

    @Provide
    Arbitrary<Target> target() {
        return Arbitraries.of(targets());
    }

    /** JSON text of a hostile value. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> exponents = Combinators.combine(Arbitraries.of("1", "-1", "123456789", "0", "9.99"),
                        Arbitraries.of("E", "e"), Arbitraries.of("+", "-", ""),
                        Arbitraries.of(305, 308, 309, 400, 995, 1000, 1001, 100000, 1000000, 999999999))
                .as((m, e, sign, exp) -> m + e + sign + exp);
        Arbitrary<String> digits = Arbitraries.integers().between(38, 400)
                .map(n -> "1" + "0".repeat(n - 1) + (n % 2 == 0 ? ".5" : ""));
        Arbitrary<String> nested = Combinators.combine(Arbitraries.integers().between(28, 1100),
                        Arbitraries.of("{\"a\": ", "["))
                .as((depth, open) -> open.repeat(depth) + "1" + (open.equals("[") ? "]" : "}").repeat(depth));
        Arbitrary<String> nul = Arbitraries.of("\"\\u0000\"", "\"a\\u0000b\"", "{\"k\\u0000\": 1}", "[\"\\u0000\"]");
        Arbitrary<String> duplicates = Arbitraries.of("{\"k\": 1, \"k\": 2}", "{\"k\": {\"a\": 1, \"a\": 1}}",
                "[{\"x\": \"y\", \"x\": \"y\"}]");
        Arbitrary<String> wrongTypes = Arbitraries.of("null", "true", "false", "[]", "{}", "\"\"", "\"1\"", "-1",
                "1.5", "[1, 2]", "{\"id\": []}", "9223372036854775808", "-9223372036854775809", "1e2", "0.0");
        Arbitrary<String> unicode = Arbitraries.of("\"\\ud800\"", "\"\\udfff\\ud800\"", "\"😀👩‍👩‍👧\"",
                "\"\\u202egnp.exe\"", "\"ﷺ𝕏\"", "\"\\uffff\\ufffe\"", "\"" + "é".repeat(3000) + "\"",
                "\"\\\\u0000\"", "\"%00\"", "\"\\r\\n\\t\"");
        Arbitrary<String> strings = Arbitraries.strings().ofMaxLength(40)
                .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .filter(s -> s.chars().noneMatch(c -> c < 0x20));
        return Arbitraries.oneOf(exponents, digits, nested, nul, duplicates, wrongTypes, unicode, strings);
    }

    // Tries are few but every one is a hostile value; about 20 s on a quiet 2-core machine.
    @Property(tries = 150, shrinking = ShrinkingMode.OFF)
    void never_a_5xx_and_what_was_accepted_reads_back(@ForAll("target") Target target,
                                                       @ForAll("hostile") String value) {
        String body = target.template().replace("%s", value);
        TestService.Answer answer = app.send(target.method(), target.path(), body);
        assertThat(answer.status()).as(target + " with " + abbreviate(value) + " -> " + answer.body()).isLessThan(500);
        if (answer.status() / 100 != 2) {
            return;
        }
        if (target.readBack() != null) {
            String path = readBackPath(target, answer.json());
            TestService.Answer read = app.get(path);
            assertThat(read.status()).as("read back " + path + " after " + abbreviate(value) + ": " + read.body())
                    .isEqualTo(200);
        }
        // What was accepted may sit on any list page now: every list must still answer.
        for (String list : List.of(SHOP + "/draft_orders?limit=100", SHOP + "/orders?limit=100",
                SHOP + "/orders/" + orderId + "/events", "/v1/accounts/" + ACCOUNT + "/hooks/subscriptions?limit=100",
                "/v1/accounts/" + ACCOUNT + "/discounts/rules?limit=100")) {
            TestService.Answer listed = app.get(list);
            assertThat(listed.status()).as(list + " after " + abbreviate(value) + ": " + listed.body()).isEqualTo(200);
        }
    }

    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    void a_hostile_path_id_or_query_value_is_never_a_5xx(@ForAll("pathValue") String value) {
        for (String path : List.of(SHOP + "/draft_orders/" + value, SHOP + "/orders/" + value,
                SHOP + "/orders/" + value + "/events", SHOP + "/stores/" + value + "/orders",
                SHOP + "/customers/" + value + "/orders", SHOP + "/orders?status=" + value,
                SHOP + "/draft_orders?starting_after=" + value, SHOP + "/orders/" + orderId + "/captures/" + value)) {
            TestService.Answer answer = app.get(path);
            assertThat(answer.status()).as(path + " -> " + answer.body()).isLessThan(500);
        }
    }

    @Provide
    Arbitrary<String> pathValue() {
        return Arbitraries.oneOf(Arbitraries.of("%00", "a%00b", "%00%00", "%C0%80", "%FF", "%EF%BF%BF", "..%2F..",
                        "%F0%9F%98%80", "%ED%A0%80", "x".repeat(3000), "1E%2B1000", "-1", "%20"),
                Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(20));
    }

    private static String readBackPath(Target target, JsonNode answer) {
        return switch (target.readBack()) {
            case "draft" -> SHOP + "/draft_orders/" + answer.get("id").asText();
            case "order" -> SHOP + "/orders/" + orderId + "?include_events=true";
            case "subscription" -> target.path() + "/" + answer.get("id").asText();
            case "rule" -> target.path() + "/" + answer.get("id").asText();
            default -> throw new IllegalArgumentException(target.readBack());
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "...(" + value.length() + " chars)" : value;
    }
}
