package org.shoppingapi.domain.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.payout.PayoutRules.feePlatformSeller;
import static org.shoppingapi.domain.payout.PayoutRules.fixed;
import static org.shoppingapi.domain.payout.PayoutRules.pct;
import static org.shoppingapi.domain.payout.PayoutRules.platformAndSeller;
import static org.shoppingapi.domain.payout.PayoutRules.rule;
import static org.shoppingapi.domain.payout.PayoutRules.thirds;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;

/** SPEC §4c's rule validation: each violation is a field error naming the field. */
class PayoutRuleValidationTest {

    private static List<String> fields(PayoutRule rule) {
        return rule.problems("").stream().map(FieldError::field).toList();
    }

    @Test
    void the_worked_example_rules_are_valid() {
        assertThat(platformAndSeller().problems("")).isEmpty();
        assertThat(thirds().problems("")).isEmpty();
        assertThat(feePlatformSeller().problems("")).isEmpty();
    }

    @Test
    void type_rule_id_and_destinations_are_required() {
        assertThat(fields(new PayoutRule(null, " ", List.of())))
                .containsExactly("rule_type", "rule_id", "destinations");
    }

    @Test
    void percentages_alone_must_add_up_to_exactly_100() {
        PayoutRule under = rule("r", pct("a", "50"), pct("b", "49.999999"));
        assertThat(under.problems("")).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("destinations");
            assertThat(e.message()).contains("exactly 100").contains("99.999999");
        });
        assertThat(fields(rule("r", pct("a", "60"), pct("b", "40.5")))).containsExactly("destinations");
    }

    @Test
    void with_a_remaining_destination_percentages_add_up_to_at_most_100() {
        assertThat(fields(rule("r", pct("a", "100"), Remaining.to("s")))).isEmpty();
        assertThat(fields(rule("r", pct("a", "60"), pct("b", "41"), Remaining.to("s"))))
                .containsExactly("destinations");
    }

    @Test
    void remaining_must_come_last_and_only_once() {
        assertThat(fields(rule("r", Remaining.to("s"), pct("a", "5")))).containsExactly("destinations[0].type");
        assertThat(fields(rule("r", Remaining.to("s"), Remaining.to("t")))).containsExactly("destinations[0].type");
    }

    @Test
    void an_amount_needs_a_remaining_destination() {
        assertThat(fields(rule("r", fixed("fee", 300), pct("a", "100"))))
                .containsExactly("destinations[0].type");
    }

    @Test
    void values_are_checked_per_destination() {
        assertThat(fields(rule("r", fixed("fee", -1), pct("a", "100.5"), pct("b", "1.1234567"),
                pct(null, "1"), Remaining.to("s"))))
                .containsExactly("destinations[0].value", "destinations[1].value", "destinations[2].value",
                        "destinations[3].destination");
    }

    @Test
    void remaining_sub_destinations_are_percentages_adding_up_to_exactly_100() {
        assertThat(fields(rule("r", pct("a", "5"), new Remaining(null, List.of(pct("x", "60"), pct("y", "30"))))))
                .containsExactly("destinations[1].destinations");
        assertThat(fields(rule("r", new Remaining(null, List.of(pct("x", "101"), pct(" ", "0"))))))
                .containsExactly("destinations[0].destinations[0].value",
                        "destinations[0].destinations[1].destination");
    }

    @Test
    void remaining_has_a_destination_or_destinations_but_not_both() {
        assertThat(fields(rule("r", new Remaining(null, List.of())))).containsExactly("destinations[0]");
        assertThat(fields(rule("r", new Remaining("s", List.of(pct("x", "100")))))).containsExactly("destinations[0]");
    }

    @Test
    void destinations_are_bounded() {
        PayoutDestination[] many = Collections.nCopies(PayoutRule.MAX_DESTINATIONS + 1, pct("a", "0"))
                .toArray(PayoutDestination[]::new);
        assertThat(fields(rule("r", many))).containsExactly("destinations");
    }

    @Test
    void paths_start_at_the_given_prefix_and_require_valid_throws_all_at_once() {
        PayoutRule bad = rule(null, fixed("fee", -5), Remaining.to(null));
        assertThatThrownBy(() -> bad.requireValid("options.payout.rules[1]."))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("options.payout.rules[1].rule_id",
                                "options.payout.rules[1].destinations[0].value",
                                "options.payout.rules[1].destinations[1]"));
    }

    @Test
    void dynamic_rules_of_a_draft_need_distinct_rule_ids() {
        PayoutOptions options = new PayoutOptions(true, List.of(thirds(), thirds()));
        assertThat(options.problems("options.payout.")).extracting(FieldError::field)
                .containsExactly("options.payout.rules[1].rule_id");
    }
}
