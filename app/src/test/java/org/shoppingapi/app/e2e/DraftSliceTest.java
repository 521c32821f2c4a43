package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vertical slice over real HTTP and PostgreSQL: create a draft, read it back, and the error answers. */
class DraftSliceTest {

    @AutoClose
    static TestService app;
    static final String DRAFTS = "/v1/accounts/T12345678/shopping/draft_orders";

    @BeforeAll
    static void start() {
        app = TestService.start(DraftSliceTest.class);
    }

    private static final String WORKED_EXAMPLE = """
            {"order": {"currency": "NOK", "merchant_reference": "ref-1",
              "items": [
                {"id": "chair", "line_id": 1, "quantity": 1, "gross_amount": 39800, "net_amount": 1,
                 "tax_lines": [{"percentage": 25, "amount": 999}],
                 "discount_lines": [{"amount": 11960, "discount_type": "customer"}],
                 "unit_price": 39800},
                {"id": "table", "line_id": 2, "quantity": 1, "gross_amount": 20000,
                 "tax_lines": [{"percentage": 15}]}
              ]}}
            """;

    @Test
    void creates_a_draft_with_server_computed_amounts_and_reads_it_back() {
        TestService.Answer created = app.post(DRAFTS, WORKED_EXAMPLE);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonNode draft = created.json();
        assertThat(draft.get("status").asText()).isEqualTo("open");
        assertThat(draft.get("version").asLong()).isZero();
        assertThat(draft.get("created_at").asText()).isNotBlank();
        assertThat(draft.get("events")).hasSize(1);
        assertThat(draft.at("/events/0/event_type").asText()).isEqualTo("api-event");
        JsonNode order = draft.get("order");
        assertThat(order.get("merchant_reference").asText()).isEqualTo("ref-1");
        assertThat(order.has("unit_price")).isFalse();
        assertThat(order.at("/items/0/net_amount").asLong()).isEqualTo(27840);
        assertThat(order.at("/items/0/tax_lines/0/amount").asLong()).isEqualTo(5568);
        assertThat(order.at("/items/1/tax_lines/0/amount").asLong()).isEqualTo(2609);
        assertThat(order.get("gross_amount").asLong()).isEqualTo(59800);
        assertThat(order.get("net_amount").asLong()).isEqualTo(47840);
        assertThat(order.get("total_discount").asLong()).isEqualTo(11960);

        String id = draft.get("id").asText();
        TestService.Answer read = app.get(DRAFTS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json()).isEqualTo(draft);
    }

    @Test
    void unknown_draft_is_404_in_the_error_body() {
        TestService.Answer answer = app.get(DRAFTS + "/" + UUID.randomUUID());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(answer.json().at("/error/message").asText()).contains("not found");
    }

    @Test
    void another_accounts_draft_is_not_found() {
        String id = app.post(DRAFTS, WORKED_EXAMPLE).json().get("id").asText();
        assertThat(app.get("/v1/accounts/T99999999/shopping/draft_orders/" + id).status()).isEqualTo(404);
    }

    @Test
    void malformed_account_id_is_400_naming_aid() {
        TestService.Answer answer = app.get("/v1/accounts/X123/shopping/draft_orders/" + UUID.randomUUID());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("aid");
    }

    @Test
    void non_uuid_draft_id_is_400_not_500() {
        TestService.Answer answer = app.get(DRAFTS + "/not-a-uuid");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("id");
    }

    @Test
    void missing_gross_amount_is_400_naming_the_field_path() {
        TestService.Answer answer = app.post(DRAFTS, """
                {"order": {"currency": "NOK", "items": [
                  {"line_id": 1, "gross_amount": 100, "tax_lines": [{"percentage": 25}]},
                  {"line_id": 2, "tax_lines": [{"percentage": 25}]}]}}
                """);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/error/message").asText()).isEqualTo("order.items[1].gross_amount is required");
        assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("order.items[1].gross_amount");
    }

    @Test
    void malformed_json_and_wrong_types_are_400() {
        assertThat(app.post(DRAFTS, "{not json").status()).isEqualTo(400);
        TestService.Answer wrongType = app.post(DRAFTS, """
                {"order": {"currency": "NOK", "items": [{"line_id": "one", "gross_amount": 1}]}}""");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().at("/error/errors/0/field").asText()).isEqualTo("order.items[0].line_id");
    }

    @Test
    void health_reports_the_database() {
        TestService.Answer health = app.get("/observe/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.body()).contains("database");
        assertThat(app.get("/observe/metrics").status()).isEqualTo(200);
    }
}
