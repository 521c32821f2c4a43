package org.shoppingapi.domain.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.domain.payout.PayoutRules.feePlatformSeller;
import static org.shoppingapi.domain.payout.PayoutRules.fixed;
import static org.shoppingapi.domain.payout.PayoutRules.pct;
import static org.shoppingapi.domain.payout.PayoutRules.platformAndSeller;
import static org.shoppingapi.domain.payout.PayoutRules.rule;
import static org.shoppingapi.domain.payout.PayoutRules.thirds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;

/** Every worked example of SPEC §4c, to the øre, plus the rounding and tie cases the rules name. */
class PayoutSplitGoldenTest {

    private static List<PayoutShare> split(PayoutRule rule, long amount) {
        PayoutSplit split = rule.split(amount);
        assertThat(split.total()).isEqualTo(amount);
        assertThat(split.ruleId()).isEqualTo(rule.ruleId());
        return split.shares();
    }

    private static PayoutShare share(String destination, long amount) {
        return new PayoutShare(destination, amount);
    }

    @Test
    void five_percent_to_the_platform_of_a_capture_of_10000() {
        assertThat(split(platformAndSeller(), 10000))
                .containsExactly(share("platform-1", 500), share("seller-7", 9500));
    }

    @Test
    void five_percent_of_9999_rounds_499_95_up() {
        assertThat(split(platformAndSeller(), 9999))
                .containsExactly(share("platform-1", 500), share("seller-7", 9499));
    }

    @Test
    void a_refund_of_1_leaves_the_platform_0_which_is_still_listed() {
        assertThat(split(platformAndSeller(), 1)).containsExactly(share("platform-1", 0), share("seller-7", 1));
    }

    @Test
    void the_same_rule_with_a_plain_remaining_destination_splits_alike() {
        PayoutRule plain = rule("store-7", pct("platform-1", "5"), Remaining.to("seller-7"));
        assertThat(split(plain, 9999)).containsExactly(share("platform-1", 500), share("seller-7", 9499));
    }

    @Test
    void thirds_without_remaining_give_the_unit_to_the_largest_remainder() {
        assertThat(split(thirds(), 10000)).containsExactly(share("a", 3333), share("b", 3333), share("c", 3334));
    }

    @Test
    void fixed_amount_first_then_percentage_of_what_is_left() {
        assertThat(split(feePlatformSeller(), 2500))
                .containsExactly(share("fee", 300), share("platform", 220), share("seller", 1980));
    }

    @Test
    void a_fixed_amount_is_capped_at_the_amount() {
        assertThat(split(feePlatformSeller(), 200))
                .containsExactly(share("fee", 200), share("platform", 0), share("seller", 0));
    }

    @Test
    void negative_amounts_are_the_mirror_of_positive_ones() {
        assertThat(split(platformAndSeller(), -9999))
                .containsExactly(share("platform-1", -500), share("seller-7", -9499));
        assertThat(split(feePlatformSeller(), -200))
                .containsExactly(share("fee", -200), share("platform", 0), share("seller", 0));
    }

    @Test
    void equal_remainders_go_to_the_earlier_destination() {
        // 50 % + 50 % of 1: quotas 0.5 and 0.5, round(1 × 100 %) = 1, the unit goes to the first.
        PayoutRule halves = rule("halves", pct("first", "50"), pct("second", "50"));
        assertThat(split(halves, 1)).containsExactly(share("first", 1), share("second", 0));
        // Under a remaining destination too.
        PayoutRule shared = rule("shared", new Remaining(null, List.of(pct("x", "50"), pct("y", "50"))));
        assertThat(split(shared, 3)).containsExactly(share("x", 2), share("y", 1));
    }

    @Test
    void percentages_below_100_leave_the_rounded_rest_to_the_remaining_destination() {
        // 2.5 % + 2.5 % of 30: quotas 0.75 + 0.75, group round(1.5) = 2, one unit each; seller 28.
        PayoutRule rule = rule("r", pct("p1", "2.5"), pct("p2", "2.5"), Remaining.to("seller"));
        assertThat(split(rule, 30)).containsExactly(share("p1", 1), share("p2", 1), share("seller", 28));
        // 1.5 % + 1.5 % of 10: quotas 0.15 each, group round(0.3) = 0.
        PayoutRule small = rule("s", pct("p1", "1.5"), pct("p2", "1.5"), Remaining.to("seller"));
        assertThat(split(small, 10)).containsExactly(share("p1", 0), share("p2", 0), share("seller", 10));
    }

    @Test
    void fixed_amounts_are_taken_in_order_even_after_a_percentage() {
        PayoutRule rule = rule("r", pct("platform", "10"), fixed("fee-a", 100), fixed("fee-b", 100),
                Remaining.to("seller"));
        // 150: fee-a 100, fee-b 50, left 0 -> platform 0, seller 0.
        assertThat(split(rule, 150)).containsExactly(share("platform", 0), share("fee-a", 100), share("fee-b", 50),
                share("seller", 0));
    }

    @Test
    void zero_splits_into_zeros() {
        assertThat(split(feePlatformSeller(), 0))
                .containsExactly(share("fee", 0), share("platform", 0), share("seller", 0));
    }
}
