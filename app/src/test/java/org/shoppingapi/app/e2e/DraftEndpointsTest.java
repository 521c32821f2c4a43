package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.DraftApi.draftBody;
import static org.shoppingapi.app.e2e.DraftApi.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;

/** Every draft and draft-item endpoint of SPEC §2 over HTTP and PostgreSQL: answers, versions, events, errors. */
class DraftEndpointsTest {

    @AutoClose
    static TestService app;
    static DraftApi api;

    @BeforeAll
    static void start() {
        app = TestService.start(DraftEndpointsTest.class);
        api = new DraftApi(app);
    }

    @Test
    void put_replaces_order_and_options_bumps_the_version_and_appends_an_event() {
        String id = api.createId(draftBody(item(1, 10000, "25")));
        TestService.Answer updated = api.update(id, """
                {"order": {"currency": "NOK", "merchant_reference": "new",
                  "items": [{"id": "a", "line_id": 5, "gross_amount": 5000, "tax_lines": [{"percentage": 25}]}]},
                 "options": {"split_draft": false, "generate_order_id": "ALPHANUMERIC_9"}}""");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        JsonNode draft = updated.json();
        assertThat(draft.get("version").asLong()).isEqualTo(1);
        assertThat(draft.at("/order/merchant_reference").asText()).isEqualTo("new");
        assertThat(draft.at("/order/items")).hasSize(1);
        assertThat(draft.at("/order/items/0/line_id").asInt()).isEqualTo(5);
        assertThat(draft.at("/order/items/0/tax_lines/0/amount").asLong()).isEqualTo(1000);
        assertThat(draft.at("/order/gross_amount").asLong()).isEqualTo(5000);
        assertThat(draft.at("/options/split_draft").asBoolean()).isFalse();
        assertThat(draft.at("/options/generate_order_id").asText()).isEqualTo("ALPHANUMERIC_9");
        assertThat(draft.get("events")).hasSize(2);
        assertThat(draft.at("/events/1/version").asLong()).isEqualTo(1);
        assertThat(draft.at("/events/1/request/method").asText()).isEqualTo("PUT");
        assertThat(api.get(id).json()).isEqualTo(draft);

        JsonNode keptOptions = api.update(id, draftBody(item(1, 1, "0"))).json();
        assertThat(keptOptions.at("/options/split_draft").asBoolean()).as("options absent: kept").isFalse();
    }

    @Test
    void items_are_added_replaced_and_removed_by_line_id() {
        String id = api.createId(draftBody(item(1, 10000, "25")));

        TestService.Answer added = api.addItem(id, item(2, 20000, "15"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
        assertThat(added.json().at("/order/items")).hasSize(2);
        assertThat(added.json().at("/order/items/1/tax_lines/0/amount").asLong()).isEqualTo(2609);
        assertThat(added.json().at("/order/items/1/version").asLong()).isEqualTo(1);
        assertThat(added.json().at("/order/items/0/version").asLong()).as("untouched line keeps its version").isZero();

        // The line id of the URL wins; the body may leave it out.
        TestService.Answer replaced = api.replaceItem(id, "1", """
                {"id": "chair", "gross_amount": 39800, "tax_lines": [{"percentage": 25}],
                 "discount_lines": [{"amount": 11960, "discount_type": "customer"}]}""");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode line1 = replaced.json().at("/order/items/0");
        assertThat(line1.get("line_id").asInt()).isEqualTo(1);
        assertThat(line1.get("net_amount").asLong()).isEqualTo(27840);
        assertThat(line1.at("/tax_lines/0/amount").asLong()).isEqualTo(5568);
        assertThat(line1.get("version").asLong()).isEqualTo(2);

        TestService.Answer removed = api.removeItem(id, "2");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.header("ETag")).isEqualTo("\"3\"");
        assertThat(removed.json().at("/order/items")).hasSize(1);
        assertThat(removed.json().at("/order/gross_amount").asLong()).isEqualTo(39800);
        assertThat(removed.json().get("events")).hasSize(4);
    }

    @Test
    void delete_is_soft_and_answers_the_deleted_draft_which_then_refuses_changes() {
        String id = api.createId(draftBody(item(1, 100, "25")));
        TestService.Answer deleted = api.delete(id);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.header("ETag")).isEqualTo("\"1\"");
        assertThat(deleted.json().get("status").asText()).isEqualTo("deleted");
        assertThat(deleted.json().get("deleted_at").asText()).isNotBlank();
        assertThat(deleted.json().get("deleted_by").asText()).isNotBlank();
        assertThat(api.get(id).json().get("status").asText()).isEqualTo("deleted");

        for (TestService.Answer refused : new TestService.Answer[]{api.delete(id), api.complete(id),
                api.update(id, draftBody()), api.addItem(id, item(9, 1, "0")), api.replaceItem(id, "1", item(1, 1, "0")),
                api.removeItem(id, "1")}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().at("/error/code").asText()).isEqualTo("DRAFT_NOT_OPEN");
        }
        assertThat(api.get(id).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void complete_answers_the_draft_envelope_with_its_orders() {
        String id = api.createId("""
                {"order": {"currency": "NOK", "merchant_reference": "m-1", "customer": {"customer_id": "c-9"},
                  "items": [{"id": "a", "line_id": 1, "gross_amount": 10000, "tax_lines": [{"percentage": 25}]}]},
                 "options": {"split_draft": false}}""");
        TestService.Answer completed = app.send("PUT", api.draft(id) + "/complete", null);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.header("ETag")).isEqualTo("\"1\"");
        JsonNode answer = completed.json();
        assertThat(answer.get("id").asText()).isEqualTo(id);
        assertThat(answer.get("status").asText()).isEqualTo("completed");
        assertThat(answer.get("order")).isNotNull();
        assertThat(answer.get("orders")).hasSize(1);
        JsonNode order = answer.at("/orders/0");
        assertThat(order.get("id").asText()).isNotBlank();
        assertThat(order.get("order_id").asText()).as("no custom id: order_id = id").isEqualTo(order.get("id").asText());
        assertThat(order.get("status").asText()).isEqualTo("open");
        assertThat(order.get("payment_status").asText()).isEqualTo("pending");
        assertThat(order.get("merchant_reference").asText()).isEqualTo("m-1");
        assertThat(order.at("/customer/customer_id").asText()).isEqualTo("c-9");
        assertThat(order.get("currency").asText()).isEqualTo("NOK");
        assertThat(order.get("gross_amount").asLong()).isEqualTo(10000);
        assertThat(order.at("/items/0/tax_lines/0/amount").asLong()).isEqualTo(2000);
        assertThat(order.get("created_at").asText()).isNotBlank();
        assertThat(order.get("created_by").asText()).isNotBlank();
        assertThat(order.at("/events/0/event_type").asText()).isEqualTo("api-event");
        assertThat(order.at("/events/0/draft_id").asText()).isEqualTo(id);
        assertThat(order.at("/_links/0/href").asText()).endsWith("/orders/" + order.get("order_id").asText());

        assertThat(api.get(id).json().get("status").asText()).isEqualTo("completed");
        TestService.Answer again = api.complete(id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/error/code").asText()).isEqualTo("DRAFT_NOT_OPEN");
    }

    @Test
    void a_custom_order_id_is_unique_in_the_account() {
        String body = """
                {"order": {"currency": "NOK", "order_id": "shop-42",
                  "items": [{"line_id": 1, "gross_amount": 100, "tax_lines": [{"percentage": 25}]}]},
                 "options": {"split_draft": false}}""";
        TestService.Answer first = api.complete(api.createId(body));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().at("/orders/0/order_id").asText()).isEqualTo("shop-42");

        String second = api.createId(body);
        TestService.Answer duplicate = api.complete(second);
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
        assertThat(duplicate.json().at("/error/code").asText()).isEqualTo("DUPLICATE_ORDER_ID");
        assertThat(duplicate.json().at("/error/errors/0/field").asText()).isEqualTo("order.order_id");
        assertThat(api.get(second).json().get("status").asText()).as("nothing changed").isEqualTo("open");

    }

    /** SPEC §5: a custom order.order_id needs split_draft=false, refused when the draft is written, not at completion. */
    @Test
    void a_custom_order_id_with_split_draft_at_its_default_is_refused_when_the_draft_is_written() {
        String withId = """
                {"order": {"currency": "NOK", "order_id": "shop-77", "items": []}%s}""";
        for (String options : List.of("", ", \"options\": {}", ", \"options\": {\"split_draft\": true}")) {
            TestService.Answer refused = api.create(withId.formatted(options));
            assertThat(refused.status()).as(options).isEqualTo(400);
            assertThat(refused.json().at("/error/errors/0/field").asText()).isEqualTo("order.order_id");
            assertThat(refused.json().at("/error/message").asText())
                    .isEqualTo("order.order_id is only allowed with options.split_draft=false");
        }

        String id = api.createId(withId.formatted(", \"options\": {\"split_draft\": false}"));
        TestService.Answer splitAgain = app.send("PUT", api.draft(id), withId.formatted(
                ", \"options\": {\"split_draft\": true}"));
        assertThat(splitAgain.status()).as(splitAgain.body()).isEqualTo(400);
        assertThat(splitAgain.json().at("/error/errors/0/field").asText()).isEqualTo("order.order_id");
        assertThat(api.get(id).json().get("version").asLong()).as("nothing changed").isZero();
        TestService.Answer keptOptions = app.send("PUT", api.draft(id), withId.formatted(""));
        assertThat(keptOptions.status()).as("options absent: split_draft=false is kept").isEqualTo(200);

        String plain = api.createId("{\"order\": {\"currency\": \"NOK\", \"items\": []}}");
        TestService.Answer addId = app.send("PUT", api.draft(plain), withId.formatted(""));
        assertThat(addId.status()).as("the stored options split by default").isEqualTo(400);
        TestService.Answer intoExisting = api.create(withId.formatted(", \"options\": {\"order_id\": \"shop-1\"}"));
        assertThat(intoExisting.status()).as("completing into an existing order creates none").isEqualTo(200);
    }

    @Test
    void generated_order_ids_are_nine_alphanumerics() {
        String id = api.createId("""
                {"order": {"currency": "NOK", "items": [{"line_id": 1, "gross_amount": 100, "tax_lines": []}]},
                 "options": {"split_draft": false, "generate_order_id": "ALPHANUMERIC_9"}}""");
        TestService.Answer completed = api.complete(id);
        assertThat(completed.json().at("/orders/0/order_id").asText()).matches("[A-Z0-9]{9}");
    }

    @Test
    void completing_into_an_existing_order_appends_its_items_or_replaces_its_content() {
        String first = api.createId("""
                {"order": {"currency": "NOK", "order_id": "target-1",
                  "items": [{"line_id": 1, "gross_amount": 1000, "tax_lines": [{"percentage": 25}]}]},
                 "options": {"split_draft": false}}""");
        String orderUuid = api.complete(first).json().at("/orders/0/id").asText();

        String append = api.createId("""
                {"order": {"currency": "NOK",
                  "items": [{"line_id": 2, "gross_amount": 500, "tax_lines": [{"percentage": 25}]}]},
                 "options": {"order_id": "target-1"}}""");
        TestService.Answer appended = api.complete(append);
        assertThat(appended.status()).as(appended.body()).isEqualTo(200);
        JsonNode order = appended.json().at("/orders/0");
        assertThat(order.get("id").asText()).isEqualTo(orderUuid);
        assertThat(order.get("items")).hasSize(2);
        assertThat(order.get("gross_amount").asLong()).isEqualTo(1500);
        assertThat(order.get("version").asLong()).isEqualTo(1);
        assertThat(order.at("/events/1/draft_id").asText()).isEqualTo(append);

        String clash = api.createId("""
                {"order": {"currency": "NOK",
                  "items": [{"line_id": 2, "gross_amount": 1, "tax_lines": []}]},
                 "options": {"order_id": "target-1"}}""");
        TestService.Answer refused = api.complete(clash);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/error/errors/0/field").asText()).isEqualTo("order.items[0].line_id");
        assertThat(api.get(clash).json().get("status").asText()).isEqualTo("open");

        // Its UUID names the order too; replace swaps the whole content.
        String replace = api.createId("""
                {"order": {"currency": "NOK",
                  "items": [{"line_id": 7, "gross_amount": 700, "tax_lines": [{"percentage": 25}]}]},
                 "options": {"order_id": "%s", "replace": "order"}}""".formatted(orderUuid));
        JsonNode replaced = api.complete(replace).json().at("/orders/0");
        assertThat(replaced.get("order_id").asText()).isEqualTo("target-1");
        assertThat(replaced.get("items")).hasSize(1);
        assertThat(replaced.get("gross_amount").asLong()).isEqualTo(700);

        String missing = api.createId("""
                {"order": {"currency": "NOK", "items": []}, "options": {"order_id": "no-such-order"}}""");
        TestService.Answer notThere = api.complete(missing);
        assertThat(notThere.status()).isEqualTo(400);
        assertThat(notThere.json().at("/error/errors/0/field").asText()).isEqualTo("options.order_id");
    }

    @Test
    void apply_discounts_is_accepted_on_every_changing_endpoint_and_without_rules_keeps_client_lines() {
        String id = api.createId(draftBody(item(1, 1000, "25")));
        String discounted = """
                {"line_id": 2, "gross_amount": 1000, "tax_lines": [{"percentage": 25}],
                 "discount_lines": [{"amount": 100, "discount_type": "manual"}]}""";
        assertThat(app.post(api.drafts() + "?apply_discounts=true", draftBody(item(1, 1, "0"))).status()).isEqualTo(200);
        assertThat(app.send("PUT", api.draft(id) + "?apply_discounts=true", draftBody(item(1, 1000, "25"))).status())
                .isEqualTo(200);
        TestService.Answer added = app.post(api.items(id) + "?apply_discounts=true", discounted);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().at("/order/items/1/discount_lines/0/amount").asLong()).as("client lines kept")
                .isEqualTo(100);
        assertThat(added.json().at("/order/total_manual_discount_amount").asLong()).isEqualTo(100);
        assertThat(app.send("PUT", api.items(id) + "/2?apply_discounts=false", discounted).status()).isEqualTo(200);
        assertThat(app.send("DELETE", api.items(id) + "/2?apply_discounts=TRUE", null).status()).isEqualTo(200);

        TestService.Answer bad = app.post(api.drafts() + "?apply_discounts=yes", draftBody());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/error/errors/0/field").asText()).isEqualTo("apply_discounts");
    }

    @Test
    void apply_discounts_needs_a_discount_scope_besides_the_shopping_one() {
        String id = api.createId(draftBody(item(1, 1000, "25")));
        RegisteredClient shopOnly = app.registerClient(DraftApi.ACCOUNT, Scopes.WRITE_SHOPPING);
        String auth = "Bearer " + app.token(DraftApi.ACCOUNT, shopOnly.clientId(), shopOnly.clientSecret());

        TestService.Answer refused = app.post(api.items(id) + "?apply_discounts=true", item(2, 1, "0"),
                "Authorization", auth);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(app.send("PUT", api.draft(id) + "?apply_discounts=true", draftBody(), "Authorization", auth)
                .status()).isEqualTo(403);
        assertThat(api.get(id).json().get("version").asLong()).as("refused, nothing changed").isZero();

        TestService.Answer withoutFlag = app.post(api.items(id), item(2, 1, "0"), "Authorization", auth);
        assertThat(withoutFlag.status()).as(withoutFlag.body()).isEqualTo(200);
        assertThat(withoutFlag.json().get("created_by").asText()).isNotEqualTo(shopOnly.clientId());
        assertThat(withoutFlag.json().at("/events/1/created_by").asText()).as("the change is the client's")
                .isEqualTo(shopOnly.clientId());

        RegisteredClient reader = app.registerClient(DraftApi.ACCOUNT, Scopes.READ_SHOPPING);
        String readAuth = "Bearer " + app.token(DraftApi.ACCOUNT, reader.clientId(), reader.clientSecret());
        assertThat(app.get(api.draft(id), "Authorization", readAuth).status()).isEqualTo(200);
        assertThat(app.get(api.drafts(), "Authorization", readAuth).status()).isEqualTo(200);
        assertThat(app.send("PUT", api.draft(id) + "/complete", "{}", "Authorization", readAuth).status())
                .as("read scope cannot write").isEqualTo(403);
    }

    @Test
    void item_errors_name_the_field_and_an_unknown_line_is_404() {
        String id = api.createId(draftBody(item(1, 1000, "25")));

        TestService.Answer notInteger = api.replaceItem(id, "one", item(1, 1, "0"));
        assertThat(notInteger.status()).isEqualTo(400);
        assertThat(notInteger.json().at("/error/errors/0/field").asText()).isEqualTo("line_id");
        assertThat(api.removeItem(id, "1.5").status()).isEqualTo(400);
        assertThat(api.removeItem(id, "99999999999").status()).isEqualTo(400);

        TestService.Answer unknown = api.removeItem(id, "42");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(api.replaceItem(id, "42", item(42, 1, "0")).status()).isEqualTo(404);

        TestService.Answer missingGross = api.addItem(id, "{\"line_id\": 3, \"tax_lines\": []}");
        assertThat(missingGross.status()).isEqualTo(400);
        assertThat(missingGross.json().at("/error/message").asText()).isEqualTo("gross_amount is required");
        assertThat(missingGross.json().at("/error/errors/0/field").asText()).isEqualTo("gross_amount");

        TestService.Answer wrongType = api.addItem(id, "{\"line_id\": 3, \"gross_amount\": \"lots\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().at("/error/errors/0/field").asText()).isEqualTo("gross_amount");

        TestService.Answer fraction = api.addItem(id, "{\"line_id\": 3, \"gross_amount\": 10.5}");
        assertThat(fraction.status()).isEqualTo(400);

        TestService.Answer duplicateLine = api.addItem(id, item(1, 1, "0"));
        assertThat(duplicateLine.status()).isEqualTo(400);
        assertThat(duplicateLine.json().at("/error/errors/0/field").asText()).endsWith("line_id");

        TestService.Answer badDiscount = api.addItem(id, """
                {"line_id": 3, "gross_amount": 1, "discount_lines": [{"amount": 1, "discount_type": "bogus"}]}""");
        assertThat(badDiscount.status()).isEqualTo(400);
        assertThat(badDiscount.json().at("/error/errors/0/field").asText()).isEqualTo("discount_lines[0].discount_type");

        assertThat(api.addItem(id, "").status()).isEqualTo(400);
        assertThat(api.addItem(id, "[1, 2]").status()).isEqualTo(400);
        assertThat(api.get(id).json().get("version").asLong()).as("no refused request changed anything").isZero();
    }

    @Test
    void unknown_or_foreign_drafts_are_404_and_malformed_ids_400_on_every_endpoint() {
        String unknown = UUID.randomUUID().toString();
        for (TestService.Answer answer : new TestService.Answer[]{api.get(unknown), api.update(unknown, draftBody()),
                api.delete(unknown), api.complete(unknown), api.addItem(unknown, item(1, 1, "0")),
                api.replaceItem(unknown, "1", item(1, 1, "0")), api.removeItem(unknown, "1")}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
            assertThat(answer.json().at("/error/code").asText()).isEqualTo("NOT_FOUND");
        }
        for (TestService.Answer answer : new TestService.Answer[]{api.get("x"), api.update("x", draftBody()),
                api.delete("x"), api.complete("x"), api.addItem("x", item(1, 1, "0")),
                api.replaceItem("x", "1", item(1, 1, "0")), api.removeItem("x", "1")}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("id");
        }
    }

    @Test
    void update_without_an_order_is_400() {
        String id = api.createId(draftBody(item(1, 1000, "25")));
        TestService.Answer noOrder = api.update(id, "{\"options\": {\"split_draft\": false}}");
        assertThat(noOrder.status()).isEqualTo(400);
        assertThat(noOrder.json().at("/error/errors/0/field").asText()).isEqualTo("order");
        TestService.Answer badOption = api.update(id, "{\"order\": {\"currency\": \"NOK\"}, \"options\": {\"replace\": \"all\"}}");
        assertThat(badOption.status()).isEqualTo(400);
        assertThat(badOption.json().at("/error/errors/0/field").asText()).isEqualTo("options.replace");
        assertThat(api.update(id, "").status()).isEqualTo(400);
    }
}
