package org.shoppingapi.rest.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.rest.RestSlice.unexpected;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftChanged;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.error.VersionMismatchException;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.draft.AddDraftItemCommand;
import org.shoppingapi.ports.in.draft.RemoveDraftItemCommand;
import org.shoppingapi.ports.in.draft.ReplaceDraftItemCommand;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;

/**
 * The draft item resource as a slice, in memory against fake use cases (no database): path, body, {@code If-Match}
 * and {@code apply_discounts} become one add, replace or remove command; the changed draft becomes its JSON with
 * its new ETag; a refused field is a 400 naming it before any use case, an unknown draft or line a 404, a stale
 * version a 412, and a missing scope a 403.
 */
class DraftItemResourceSliceTest {

    static final String ACCOUNT = DraftResourceSliceTest.ACCOUNT;
    static final UUID ID = new UUID(0, 1);
    static final String ITEMS = DraftResourceSliceTest.BASE + "/" + ID + "/items";
    static final ChangeContext CHANGE = new ChangeContext(Instant.parse("2026-11-30T12:00:00Z"), "pos-1",
            new ChangeSource("/v1/test", "POST"), new UUID(0, 2));

    /** An open draft at version 0: SPEC §4's 15 % book on line 2 and a 25 % mug on line 3. */
    static final Draft STORED = Draft.create(ID, ACCOUNT, OrderContent.of("NOK", List.of(
                    Item.of("book", 2, "Book", BigDecimal.ONE, 20000, List.of(TaxLine.of("15"))),
                    Item.of("mug", 3, "Mug", BigDecimal.ONE, 10000, List.of(TaxLine.of("25"))))),
            DraftOptions.DEFAULT, CHANGE);

    /** SPEC §4's discounted 25 % jacket, as the body of a new item. */
    static final String JACKET = """
            {"id": "jacket", "line_id": 1, "description": "Jacket", "quantity": 1, "gross_amount": 39800,
             "tax_lines": [{"percentage": 25}],
             "discount_lines": [{"amount": 11960, "discount_type": "customer"}]}""";

    final List<Object> calls = new ArrayList<>();

    final RestSlice slice = slice(Scopes.WRITE_SHOPPING);

    RestSlice slice(String... scopes) {
        return new RestSlice(ACCOUNT, Set.of(scopes),
                new DraftItemResource(fakeUseCases(), DraftResourceSliceTest.answers()));
    }

    /** Only the item use cases answer, by the domain's own operation on the stored draft. */
    DraftUseCases fakeUseCases() {
        return new DraftUseCases(command -> unexpected(), (account, id) -> unexpected(), query -> unexpected(),
                command -> unexpected(), command -> unexpected(), command -> unexpected(),
                command -> change(command, command.draftId(), command.expectedVersion(),
                        draft -> draft.addItem(command.item(), CHANGE)),
                command -> change(command, command.draftId(), command.expectedVersion(),
                        draft -> draft.replaceItem(command.lineId(), command.item(), CHANGE)),
                command -> change(command, command.draftId(), command.expectedVersion(),
                        draft -> draft.removeItem(command.lineId(), CHANGE)));
    }

    /** What a service does around the domain: find the draft, hold the expected version, apply the change. */
    Draft change(Object command, UUID draftId, Long expectedVersion, Function<Draft, DraftChanged> operation) {
        calls.add(command);
        if (!draftId.equals(ID)) {
            throw new NotFoundException("draft", draftId);
        }
        if (expectedVersion != null && expectedVersion != STORED.version()) {
            throw new VersionMismatchException(expectedVersion, STORED.version());
        }
        return operation.apply(STORED).draft();
    }

    static Map<String, String> ifMatch(String tag) {
        return Map.of("If-Match", tag);
    }

    @Test
    void a_posted_item_becomes_one_add_command_and_answers_the_changed_draft_with_its_new_etag() throws Exception {
        Answer answer = slice.call("POST", ITEMS, JACKET, ifMatch("\"0\""));

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(AddDraftItemCommand.class, command -> {
            assertThat(command.caller().accountId()).isEqualTo(ACCOUNT);
            assertThat(command.caller().clientId()).isEqualTo(RestSlice.CLIENT_ID);
            assertThat(command.caller().source()).isEqualTo(new ChangeSource("/v1" + ITEMS, "POST"));
            assertThat(command.draftId()).isEqualTo(ID);
            assertThat(command.item().lineId()).isEqualTo(1);
            assertThat(command.item().grossAmount()).isEqualTo(39800);
            assertThat(command.item().discountLines()).singleElement()
                    .satisfies(d -> assertThat(d.amount()).isEqualTo(11960));
            assertThat(command.expectedVersion()).isEqualTo(0L);
            assertThat(command.applyDiscounts()).isFalse();
        });
        JsonNode order = answer.body().get("order");
        assertThat(order.get("items")).extracting(i -> i.get("line_id").asInt()).containsExactly(2, 3, 1);
        JsonNode jacket = order.get("items").get(2);
        assertThat(jacket.get("net_amount").asLong()).isEqualTo(27840);
        assertThat(jacket.get("tax_lines").get(0).get("amount").asLong()).isEqualTo(5568);
        assertThat(order.get("gross_amount").asLong()).isEqualTo(39800 + 20000 + 10000);
        assertThat(order.get("net_amount").asLong()).isEqualTo(27840 + 20000 + 10000);
        assertThat(answer.body().get("id").asText()).isEqualTo(ID.toString());
        assertThat(answer.body().get("version").asLong()).isEqualTo(1);
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void a_replaced_item_keeps_the_line_id_of_its_path_and_a_removal_names_the_line_of_its_path() throws Exception {
        Answer replaced = slice.call("PUT", ITEMS + "/3", """
                {"id": "mug", "line_id": 9, "description": "Big mug", "quantity": 2, "gross_amount": 12000,
                 "tax_lines": [{"percentage": 25}]}""", ifMatch("W/\"0\""));
        Answer removed = slice.call("DELETE", ITEMS + "/3", null, ifMatch("*"));

        assertThat(replaced.status()).as(String.valueOf(replaced.body())).isEqualTo(200);
        assertThat(removed.status()).as(String.valueOf(removed.body())).isEqualTo(200);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).isInstanceOfSatisfying(ReplaceDraftItemCommand.class, command -> {
            assertThat(command.draftId()).isEqualTo(ID);
            assertThat(command.lineId()).isEqualTo(3);
            assertThat(command.item().lineId()).isEqualTo(3);
            assertThat(command.item().grossAmount()).isEqualTo(12000);
            assertThat(command.expectedVersion()).isEqualTo(0L);
        });
        assertThat(calls.get(1)).isInstanceOfSatisfying(RemoveDraftItemCommand.class, command -> {
            assertThat(command.draftId()).isEqualTo(ID);
            assertThat(command.lineId()).isEqualTo(3);
            assertThat(command.expectedVersion()).as("If-Match: * names no version").isNull();
        });
        JsonNode mug = replaced.body().at("/order/items/1");
        assertThat(mug.get("line_id").asInt()).isEqualTo(3);
        assertThat(mug.get("description").asText()).isEqualTo("Big mug");
        assertThat(mug.get("tax_lines").get(0).get("amount").asLong()).isEqualTo(2400);
        assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
        assertThat(removed.body().at("/order/items")).extracting(i -> i.get("id").asText()).containsExactly("book");
        assertThat(removed.body().at("/order/gross_amount").asLong()).isEqualTo(20000);
    }

    @Test
    void a_refused_field_of_body_path_or_query_is_400_naming_it_before_any_use_case() throws Exception {
        Answer type = slice.call("POST", ITEMS, JACKET.replace("39800", "\"lots\""), ifMatch("\"0\""));
        Answer missing = slice.call("POST", ITEMS, JACKET.replace("\"gross_amount\": 39800,", ""), Map.of());
        Answer line = slice.call("PUT", ITEMS + "/three", JACKET, Map.of());
        Answer draft = slice.call("DELETE", DraftResourceSliceTest.BASE + "/not-a-uuid/items/3", null, Map.of());
        Answer flag = slice.call("DELETE", ITEMS + "/3?apply_discounts=maybe", null, Map.of());

        for (Answer answer : List.of(type, missing, line, draft, flag)) {
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
        assertThat(type.errorFields()).containsExactly("gross_amount");
        assertThat(missing.errorFields()).containsExactly("gross_amount");
        assertThat(line.errorFields()).containsExactly("line_id");
        assertThat(draft.errorFields()).containsExactly("id");
        assertThat(flag.errorFields()).containsExactly("apply_discounts");
        assertThat(calls).isEmpty();
    }

    @Test
    void an_unknown_draft_or_line_is_404_and_a_stale_or_unreadable_if_match_412() throws Exception {
        Answer draft = slice.call("POST", DraftResourceSliceTest.BASE + "/" + new UUID(0, 9) + "/items", JACKET,
                Map.of());
        Answer line = slice.call("DELETE", ITEMS + "/7", null, Map.of());
        Answer stale = slice.call("PUT", ITEMS + "/2", JACKET, ifMatch("\"5\""));
        Answer unreadable = slice.call("DELETE", ITEMS + "/2", null, ifMatch("latest"));

        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(line.status()).isEqualTo(404);
        assertThat(line.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.errorCode()).isEqualTo("VERSION_MISMATCH");
        assertThat(stale.errorFields()).containsExactly("If-Match");
        assertThat(unreadable.status()).isEqualTo(412);
        assertThat(unreadable.errorFields()).containsExactly("If-Match");
        assertThat(calls).as("an unreadable If-Match reaches no use case").hasSize(3);
    }

    @Test
    void a_reader_may_not_change_items_and_applying_discounts_needs_a_discount_scope() throws Exception {
        Answer reader = slice(Scopes.READ_SHOPPING).call("POST", ITEMS, JACKET, Map.of());
        Answer writer = slice.call("POST", ITEMS + "?apply_discounts=true", JACKET, Map.of());
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(writer.status()).isEqualTo(403);
        assertThat(writer.body().at("/error/message").asText()).contains(Scopes.WRITE_DISCOUNTS);
        assertThat(calls).isEmpty();

        Answer discounting = slice(Scopes.WRITE_SHOPPING, Scopes.WRITE_DISCOUNTS)
                .call("POST", ITEMS + "?apply_discounts=true", JACKET, Map.of());
        assertThat(discounting.status()).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(AddDraftItemCommand.class,
                command -> assertThat(command.applyDiscounts()).isTrue());
    }
}
