package org.shoppingapi.domain.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.shoppingapi.domain.payout.PayoutDestination.Fixed;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;

/** The invariants of SPEC §4c's split over random valid rules and amounts. */
class PayoutSplitPropertiesTest {

    private static final long MICROS_IN_100 = 100_000_000L;

    @Provide
    Arbitrary<Long> amount() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-1_000, 1_000),
                Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L));
    }

    /** Percentages with up to 6 decimals: the gaps between sorted cut points of [0, 100]. */
    private static Arbitrary<List<BigDecimal>> percentages(int min, int max, boolean exactly100) {
        return Arbitraries.longs().between(0, MICROS_IN_100).list().ofMinSize(min).ofMaxSize(max).map(cuts -> {
            List<Long> sorted = new ArrayList<>(cuts);
            if (exactly100 && !sorted.isEmpty()) {
                sorted.set(sorted.size() - 1, MICROS_IN_100);
            }
            sorted.sort(Long::compare);
            List<BigDecimal> gaps = new ArrayList<>();
            long previous = 0;
            for (long cut : sorted) {
                gaps.add(BigDecimal.valueOf(cut - previous, 6));
                previous = cut;
            }
            return gaps;
        });
    }

    @Provide
    Arbitrary<PayoutRule> rule() {
        Arbitrary<PayoutRule> percentagesOnly = percentages(1, 5, true)
                .map(ps -> build(List.of(), ps, null));
        Arbitrary<PayoutRule> withRemaining = Combinators.combine(
                Arbitraries.longs().between(0, 100_000).list().ofMaxSize(3),
                percentages(0, 4, false),
                Arbitraries.oneOf(Arbitraries.just(List.<BigDecimal>of()), percentages(1, 4, true)))
                .as(PayoutSplitPropertiesTest::build);
        return Arbitraries.oneOf(percentagesOnly, withRemaining);
    }

    private static PayoutRule build(List<Long> fixed, List<BigDecimal> percentages, List<BigDecimal> sub) {
        List<PayoutDestination> destinations = new ArrayList<>();
        for (int i = 0; i < fixed.size(); i++) {
            destinations.add(new Fixed("fee-" + i, fixed.get(i)));
        }
        for (int i = 0; i < percentages.size(); i++) {
            destinations.add(new Percentage("pct-" + i, percentages.get(i)));
        }
        if (sub != null) {
            List<Percentage> shares = new ArrayList<>();
            for (int i = 0; i < sub.size(); i++) {
                shares.add(new Percentage("sub-" + i, sub.get(i)));
            }
            destinations.add(shares.isEmpty() ? Remaining.to("rest") : new Remaining(null, shares));
        }
        PayoutRule rule = new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "r", destinations);
        rule.requireValid("");
        return rule;
    }

    @Property(tries = 300)
    void shares_add_up_to_the_amount(@ForAll("rule") PayoutRule rule, @ForAll("amount") long amount) {
        assertThat(rule.split(amount).total()).isEqualTo(amount);
    }

    @Property(tries = 300)
    void a_negative_amount_splits_as_the_mirror_of_the_positive(@ForAll("rule") PayoutRule rule,
                                                               @ForAll("amount") long amount) {
        List<PayoutShare> positive = rule.split(amount).shares();
        List<PayoutShare> negative = rule.split(-amount).shares();
        assertThat(negative).hasSameSizeAs(positive);
        for (int i = 0; i < positive.size(); i++) {
            assertThat(negative.get(i).destination()).isEqualTo(positive.get(i).destination());
            assertThat(negative.get(i).amount()).isEqualTo(-positive.get(i).amount());
        }
    }

    @Property(tries = 300)
    void no_share_goes_beyond_its_bound(@ForAll("rule") PayoutRule rule, @ForAll("amount") long signedAmount) {
        long amount = Math.abs(signedAmount);
        List<PayoutShare> shares = rule.split(amount).shares();
        long left = amount;
        for (PayoutDestination d : rule.destinations()) {
            if (d instanceof Fixed fixed) {
                long share = find(shares, fixed.destination());
                assertThat(share).isBetween(0L, Math.min(fixed.amount(), left));
                left -= share;
            }
        }
        long afterFixed = left;
        for (PayoutDestination d : rule.destinations()) {
            if (d instanceof Percentage p) {
                // Largest remainder: the share is its exact quota rounded down or up, never further.
                assertWithinQuota(find(shares, p.destination()), afterFixed, p.percentage());
                left -= find(shares, p.destination());
            }
        }
        for (PayoutDestination d : rule.destinations()) {
            if (d instanceof Remaining r && r.isShared()) {
                for (Percentage p : r.shares()) {
                    assertWithinQuota(find(shares, p.destination()), left, p.percentage());
                }
            } else if (d instanceof Remaining r) {
                assertThat(find(shares, r.destination())).isEqualTo(left).isNotNegative();
            }
        }
    }

    @Property(tries = 300)
    void shares_follow_the_rule_order_and_the_split_is_deterministic(@ForAll("rule") PayoutRule rule,
                                                                    @ForAll("amount") long amount) {
        List<String> expected = new ArrayList<>();
        for (PayoutDestination d : rule.destinations()) {
            switch (d) {
                case Fixed f -> expected.add(f.destination());
                case Percentage p -> expected.add(p.destination());
                case Remaining r when r.isShared() -> r.shares().forEach(p -> expected.add(p.destination()));
                case Remaining r -> expected.add(r.destination());
            }
        }
        PayoutSplit split = rule.split(amount);
        assertThat(split.shares()).extracting(PayoutShare::destination).containsExactlyElementsOf(expected);
        assertThat(rule.split(amount)).isEqualTo(split);
    }

    private static void assertWithinQuota(long share, long base, BigDecimal percentage) {
        BigDecimal quota = BigDecimal.valueOf(base).multiply(percentage).divide(BigDecimal.valueOf(100));
        assertThat(BigDecimal.valueOf(share)).isBetween(quota.setScale(0, RoundingMode.FLOOR),
                quota.setScale(0, RoundingMode.CEILING));
    }

    private static long find(List<PayoutShare> shares, String destination) {
        return shares.stream().filter(s -> s.destination().equals(destination)).findFirst().orElseThrow().amount();
    }
}
