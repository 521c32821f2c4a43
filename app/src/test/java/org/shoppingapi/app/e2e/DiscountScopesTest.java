package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;

/** SPEC §4b scopes: the rules endpoints, and {@code apply_discounts=true} on top of the shopping scope. */
class DiscountScopesTest {

    @AutoClose
    static TestService app;
    static final String ACCOUNT = TestService.ACCOUNT;
    static final String RULES = "/v1/accounts/" + ACCOUNT + "/discounts/rules";
    static final String DRAFTS = "/v1/accounts/" + ACCOUNT + "/shopping/draft_orders";
    static final String RULE = """
            {"name": "All 10 %", "discount_type": "periodic", "reward": {"type": "percentage", "value": 10},
             "applies_to": {"type": "all_items"}}""";
    static final String DRAFT = """
            {"order": {"currency": "NOK", "items": [
              {"id": "chair", "line_id": 1, "quantity": 1, "gross_amount": 39800, "tax_lines": [{"percentage": 25}]}]}}""";

    @BeforeAll
    static void start() {
        app = TestService.start(DiscountScopesTest.class);
    }

    private static String bearer(String... scopes) {
        RegisteredClient client = app.registerClient(ACCOUNT, scopes);
        return "Bearer " + app.token(ACCOUNT, client.clientId(), client.clientSecret());
    }

    private static TestService.Answer as(String token, String method, String path, String body) {
        return app.anonymous().send(method, path, body, "Authorization", token);
    }

    @Test
    void rules_need_a_discounts_scope_and_read_discounts_only_reads() {
        String existing = "/" + app.post(RULES, RULE).json().get("id").asText();
        String reader = bearer(Scopes.READ_DISCOUNTS);
        assertThat(as(reader, "GET", RULES, null).status()).isEqualTo(200);
        assertThat(as(reader, "GET", RULES + existing, null).status()).isEqualTo(200);
        assertForbidden(as(reader, "POST", RULES, RULE), "admin:discounts, write:discounts");
        assertForbidden(as(reader, "PUT", RULES + existing, RULE), "admin:discounts, write:discounts");
        assertForbidden(as(reader, "DELETE", RULES + existing, null), "admin:discounts, write:discounts");

        String shopper = bearer(Scopes.ADMIN_SHOPPING);
        assertForbidden(as(shopper, "GET", RULES, null), "admin:discounts, write:discounts, read:discounts");
        assertForbidden(as(shopper, "POST", RULES, RULE), "admin:discounts, write:discounts");
        assertForbidden(as(bearer(Scopes.WRITE_DISCOUNTS_FOR_RECEIPT), "POST", RULES, RULE),
                "admin:discounts, write:discounts");

        for (String writer : new String[] {bearer(Scopes.WRITE_DISCOUNTS), bearer(Scopes.ADMIN_DISCOUNTS)}) {
            TestService.Answer created = as(writer, "POST", RULES, RULE);
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            String self = "/" + created.json().get("id").asText();
            assertThat(as(writer, "PUT", RULES + self, RULE).status()).isEqualTo(200);
            assertThat(as(writer, "DELETE", RULES + self, null).status()).isEqualTo(200);
            assertThat(as(writer, "GET", RULES + self, null).status()).isEqualTo(200);
        }
        assertThat(app.anonymous().get(RULES).status()).isEqualTo(401);
        assertThat(app.get("/v1/accounts/" + TestService.OTHER_ACCOUNT + "/discounts/rules" + existing,
                "Authorization", "Bearer " + app.tokenFor(ACCOUNT)).status()).isEqualTo(403);
    }

    @Test
    void apply_discounts_needs_a_discounts_scope_besides_the_shopping_scope() {
        String shopperOnly = bearer(Scopes.WRITE_SHOPPING);
        TestService.Answer refused = as(shopperOnly, "POST", DRAFTS + "?apply_discounts=true", DRAFT);
        assertForbidden(refused, "admin:discounts, write:discounts, write:discounts:/available_for_receipt");
        assertForbidden(as(shopperOnly, "POST", DRAFTS + "?apply_discounts=TRUE", DRAFT), "write:discounts");
        assertThat(as(shopperOnly, "POST", DRAFTS, DRAFT).status()).isEqualTo(200);
        assertThat(as(shopperOnly, "POST", DRAFTS + "?apply_discounts=false", DRAFT).status()).isEqualTo(200);

        for (String scope : Scopes.APPLY_DISCOUNTS) {
            TestService.Answer ok = as(bearer(Scopes.WRITE_SHOPPING, scope), "POST", DRAFTS + "?apply_discounts=true",
                    DRAFT);
            assertThat(ok.status()).as(scope + ": " + ok.body()).isEqualTo(200);
        }
        // The discounts scope alone does not open the shopping route.
        assertForbidden(as(bearer(Scopes.WRITE_DISCOUNTS), "POST", DRAFTS + "?apply_discounts=true", DRAFT),
                "write:shopping");
    }

    private static void assertForbidden(TestService.Answer answer, String scopesNamed) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.json().at("/error/message").asText()).contains(scopesNamed);
    }
}
