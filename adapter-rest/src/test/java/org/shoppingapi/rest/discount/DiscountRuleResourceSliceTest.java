package org.shoppingapi.rest.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.rest.RestSlice.unexpected;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.discount.CreateDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.DeactivateDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.DiscountRulePage;
import org.shoppingapi.ports.in.discount.ListDiscountRulesQuery;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;

/**
 * The discount rule resource as a slice, in memory against fake use cases (no database): a body becomes one command
 * (exact percentage, times, active by default), a rule becomes its JSON with its link, list parameters become one
 * query, and refused fields, unknown and malformed ids become their statuses and error bodies.
 */
class DiscountRuleResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String BASE = "/accounts/" + ACCOUNT + "/discounts/rules";
    static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");
    static final String RULE_ID = new UUID(0, 7).toString();

    static final String CHAIRS = """
            { "name": "Chairs 12.50 %", "discount_type": "periodic",
              "reward": {"type": "percentage", "value": 12.50},
              "applies_to": {"type": "items", "item_ids": ["175938"]},
              "active_from": "2026-01-01T00:00:00Z", "active_to": "2026-12-31T23:59:59Z",
              "limitation": 1 }""";

    final List<Object> calls = new ArrayList<>();

    final RestSlice slice = new RestSlice(ACCOUNT, Set.of(Scopes.WRITE_DISCOUNTS),
            new DiscountRuleResource(new DiscountRuleResource.UseCases(
                    command -> {
                        calls.add(command);
                        return command.definition().toRule(RULE_ID, command.active(),
                                Audit.created(AT, command.caller().clientId()));
                    },
                    (account, id) -> {
                        calls.add(id);
                        throw new NotFoundException("discount rule", id);
                    },
                    query -> {
                        calls.add(query);
                        return new DiscountRulePage(List.of(rule()), Optional.of(RULE_ID));
                    },
                    command -> unexpected(),
                    command -> {
                        calls.add(command);
                        return rule().deactivated(rule().audit().updated(AT.plusSeconds(1)));
                    })));

    static DiscountRule rule() {
        return new DiscountRule(RULE_ID, "50 off above 1000", DiscountType.TOTAL, Reward.amount(5000),
                AppliesTo.total(100000), null, null, null, true, Audit.created(AT, "pos-1"));
    }

    @Test
    void a_posted_rule_becomes_one_command_and_answers_its_json_with_its_link() throws Exception {
        Answer answer = slice.call("POST", BASE, CHAIRS);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(CreateDiscountRuleCommand.class, command -> {
            assertThat(command.caller().accountId()).isEqualTo(ACCOUNT);
            assertThat(command.active()).as("active unless said otherwise").isTrue();
            assertThat(command.definition().discountType()).isEqualTo(DiscountType.PERIODIC);
            assertThat(command.definition().reward().value()).isEqualTo(new BigDecimal("12.50"));
            assertThat(command.definition().appliesTo()).isEqualTo(AppliesTo.items("175938"));
            assertThat(command.definition().activeTo()).isEqualTo(Instant.parse("2026-12-31T23:59:59Z"));
        });
        assertThat(answer.body().get("id").asText()).isEqualTo(RULE_ID);
        assertThat(answer.body().at("/reward/type").asText()).isEqualTo("percentage");
        assertThat(answer.body().at("/reward/value").asDouble()).isEqualTo(12.5);
        assertThat(answer.body().get("applies_to").toString())
                .isEqualTo("{\"type\":\"items\",\"item_ids\":[\"175938\"]}");
        assertThat(answer.body().get("active_from").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(answer.body().get("limitation").asInt()).isEqualTo(1);
        assertThat(answer.body().get("created_by").asText()).isEqualTo(RestSlice.CLIENT_ID);
        assertThat(answer.body().at("/_links/0/href").asText()).isEqualTo("/v1" + BASE + "/" + RULE_ID);
    }

    @Test
    void refused_fields_are_400_naming_each_and_reach_no_use_case() throws Exception {
        Answer type = slice.call("POST", BASE, CHAIRS.replace("\"periodic\"", "\"seasonal\""));
        Answer time = slice.call("POST", BASE, CHAIRS.replace("\"2026-01-01T00:00:00Z\"", "\"new year\""));
        Answer empty = slice.call("POST", BASE, "{}");

        assertThat(type.status()).isEqualTo(400);
        assertThat(type.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(type.errorFields()).containsExactly("discount_type");
        assertThat(time.errorFields()).containsExactly("active_from");
        assertThat(empty.errorFields()).containsExactly("name", "discount_type", "reward", "applies_to");
        assertThat(calls).isEmpty();
    }

    @Test
    void list_parameters_become_one_query_and_the_page_its_json() throws Exception {
        Answer answer = slice.call("GET", BASE + "?limit=3&starting_after=" + RULE_ID, null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(calls).containsExactly(new ListDiscountRulesQuery(ACCOUNT, 3, Optional.of(RULE_ID)));
        assertThat(answer.body().get("rules")).singleElement()
                .satisfies(rule -> assertThat(rule.get("reward").toString())
                        .isEqualTo("{\"type\":\"amount\",\"value\":5000}"));
        assertThat(answer.body().get("paging_token").asText()).isEqualTo(RULE_ID);

        calls.clear();
        assertThat(slice.call("GET", BASE + "?limit=lots", null).errorFields()).containsExactly("limit");
        assertThat(slice.call("GET", BASE + "?limit=101", null).errorFields()).containsExactly("limit");
        assertThat(calls).isEmpty();
    }

    @Test
    void an_unknown_rule_is_404_a_malformed_id_400_and_a_deactivation_answers_the_rule() throws Exception {
        Answer unknown = slice.call("GET", BASE + "/" + new UUID(0, 3), null);
        Answer malformed = slice.call("DELETE", BASE + "/not-a-uuid", null);
        Answer deactivated = slice.call("DELETE", BASE + "/" + RULE_ID, null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("id");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().get("active").asBoolean()).isFalse();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1)).isInstanceOfSatisfying(DeactivateDiscountRuleCommand.class,
                command -> assertThat(command.ruleId()).isEqualTo(RULE_ID));
    }
}
