package org.shoppingapi.rest.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.rest.RestSlice.unexpected;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.payout.CreatePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.ListPayoutRulesQuery;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;
import org.shoppingapi.rest.json.JsonMapping;
import org.shoppingapi.rest.wire.PayoutMapper;

/**
 * The payout rule resource as a slice, in memory against fake use cases (no database): SPEC §4c's body becomes one
 * command with exact percentages, a rule becomes its JSON with its link, list parameters become one query, and a
 * refused field, an unknown rule, a taken rule id and a missing scope become their statuses and error bodies.
 */
class PayoutRuleResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String BASE = "/accounts/" + ACCOUNT + "/billing/payout-rules";
    static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    /** SPEC §4c's body. */
    static final String STORE_7 = """
            { "rule_type": "order.items.store.id", "rule_id": "store-7",
              "destinations": [
                {"type": "percentage", "value": 5.5, "destination": "platform-1"},
                {"type": "remaining_amount", "destinations": [
                    {"type": "percentage", "value": 100, "destination": "seller-7"}]}],
              "metadata": {"any": "thing"} }""";

    final List<Object> calls = new ArrayList<>();
    Function<UUID, AccountPayoutRule> stored = id -> {
        throw new NotFoundException("payout rule", id);
    };
    RuntimeException createRefusal;

    final RestSlice slice = new RestSlice(ACCOUNT, Set.of(Scopes.WRITE_BILLING), resource());

    PayoutRuleResource resource() {
        return new PayoutRuleResource(new PayoutRuleResource.UseCases(
                command -> {
                    calls.add(command);
                    if (createRefusal != null) {
                        throw createRefusal;
                    }
                    return new AccountPayoutRule(new UUID(0, 7).toString(), command.definition().rule(),
                            command.definition().metadata(), Audit.created(AT, command.caller().clientId()));
                },
                (account, id) -> {
                    calls.add(id);
                    return stored.apply(id);
                },
                query -> {
                    calls.add(query);
                    return new Page<>(List.of(), Optional.of(new PageCursor(AT, new UUID(0, 9))));
                },
                command -> unexpected(), command -> unexpected()), new PayoutMapper(JsonMapping.create()));
    }

    @Test
    void a_posted_rule_becomes_one_command_and_answers_its_json_with_its_link() throws Exception {
        Answer answer = slice.call("POST", BASE, STORE_7);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(CreatePayoutRuleCommand.class, command -> {
            assertThat(command.caller().accountId()).isEqualTo(ACCOUNT);
            assertThat(command.caller().clientId()).isEqualTo(RestSlice.CLIENT_ID);
            assertThat(command.definition().rule().type()).isEqualTo(PayoutRuleType.ITEM_STORE_ID);
            assertThat(command.definition().rule().ruleId()).isEqualTo("store-7");
            assertThat(command.definition().rule().destinations().get(0)).isEqualTo(
                    new Percentage("platform-1", new BigDecimal("5.5")));
            assertThat(command.definition().rule().destinations().get(1)).isInstanceOf(Remaining.class);
            assertThat(command.definition().metadata()).isEqualTo(Map.of("any", "thing"));
        });
        String id = new UUID(0, 7).toString();
        assertThat(answer.body().get("id").asText()).isEqualTo(id);
        assertThat(answer.body().get("rule_type").asText()).isEqualTo("order.items.store.id");
        assertThat(answer.body().get("destinations").toString()).isEqualTo("[{\"type\":\"percentage\",\"value\":5.5,"
                + "\"destination\":\"platform-1\"},{\"type\":\"remaining_amount\",\"destinations\":[{\"type\":"
                + "\"percentage\",\"value\":100,\"destination\":\"seller-7\"}]}]");
        assertThat(answer.body().get("created_by").asText()).isEqualTo(RestSlice.CLIENT_ID);
        assertThat(answer.body().has("deleted_at")).isFalse();
        assertThat(answer.body().at("/_links/0/href").asText()).isEqualTo("/v1" + BASE + "/" + id);
    }

    @Test
    void a_refused_field_of_the_body_is_400_naming_it_and_reaches_no_use_case() throws Exception {
        Answer percentage = slice.call("POST", BASE, STORE_7.replace("\"value\": 5.5,", "\"value\": \"five\","));
        Answer type = slice.call("POST", BASE, STORE_7.replace("order.items.store.id", "order.store"));

        assertThat(percentage.status()).isEqualTo(400);
        assertThat(percentage.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(percentage.errorFields()).contains("destinations[0].value");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.errorFields()).containsExactly("rule_type");
        assertThat(calls).isEmpty();
    }

    @Test
    void list_parameters_become_one_query_and_a_bad_one_is_400_naming_it() throws Exception {
        Answer answer = slice.call("GET", BASE + "?rule_id=store-7&include_deleted=true&limit=5", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(ListPayoutRulesQuery.class, query -> {
            assertThat(query.accountId()).isEqualTo(ACCOUNT);
            assertThat(query.ruleId()).contains("store-7");
            assertThat(query.includeDeleted()).isTrue();
            assertThat(query.limit()).isEqualTo(5);
            assertThat(query.startingAfter()).isEmpty();
        });
        assertThat(answer.body().get("payout_rules")).isEmpty();
        String token = answer.body().get("paging_token").asText();
        assertThat(PageCursor.parse(token, "starting_after")).isEqualTo(new PageCursor(AT, new UUID(0, 9)));

        calls.clear();
        assertThat(slice.call("GET", BASE + "?rule_type=order.store", null).errorFields()).containsExactly("rule_type");
        assertThat(slice.call("GET", BASE + "?include_deleted=maybe", null).errorFields())
                .containsExactly("include_deleted");
        assertThat(slice.call("GET", BASE + "?limit=0", null).errorFields()).containsExactly("limit");
        assertThat(calls).isEmpty();
    }

    @Test
    void an_unknown_rule_is_404_and_a_malformed_id_400_before_any_use_case() throws Exception {
        Answer unknown = slice.call("GET", BASE + "/" + new UUID(0, 3), null);
        Answer malformed = slice.call("GET", BASE + "/not-a-uuid", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("id");
        assertThat(calls).containsExactly(new UUID(0, 3));
    }

    @Test
    void a_taken_rule_id_is_409_naming_rule_id() throws Exception {
        createRefusal = AccountPayoutRule.duplicateRuleId("store-7");

        Answer answer = slice.call("POST", BASE, STORE_7);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.errorCode()).isEqualTo(AccountPayoutRule.DUPLICATE_RULE_ID);
        assertThat(answer.errorFields()).containsExactly("rule_id");
    }

    @Test
    void a_reader_may_list_but_not_create() throws Exception {
        RestSlice reader = new RestSlice(ACCOUNT, Set.of(Scopes.READ_BILLING), resource());

        assertThat(reader.call("GET", BASE, null).status()).isEqualTo(200);
        Answer refused = reader.call("POST", BASE, STORE_7);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(calls).singleElement().isInstanceOf(ListPayoutRulesQuery.class);
    }
}
