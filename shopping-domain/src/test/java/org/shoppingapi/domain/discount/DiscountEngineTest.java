package org.shoppingapi.domain.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.shoppingapi.domain.Fixtures.ACCOUNT;
import static org.shoppingapi.domain.Fixtures.T0;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.ctx;
import static org.shoppingapi.domain.Fixtures.discounted;
import static org.shoppingapi.domain.Fixtures.item;
import static org.shoppingapi.domain.Fixtures.uuid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.pricing.Pricing;

/** Golden tables for SPEC §4b's rule engine, to the minor unit. */
class DiscountEngineTest {

    private static final Instant NOW = T0;

    private static DiscountRule rule(String id, String name, DiscountType type, Reward reward, AppliesTo appliesTo) {
        return new DiscountRule(id, name, type, reward, appliesTo, null, null, null, true, Audit.created(T0, "c"));
    }

    private static List<DiscountLine> lines(OrderContent c, int lineId) {
        return c.item(lineId).orElseThrow().discountLines();
    }

    private static OrderContent run(OrderContent c, DiscountRule... rules) {
        return Pricing.price(DiscountEngine.apply(List.of(rules), c, NOW));
    }

    @Test
    void percentage_rule_on_listed_items_with_net_and_tax() {
        DiscountRule chairs = rule("r1", "Chairs 10 %", DiscountType.PERIODIC, Reward.percentage("10"),
                AppliesTo.items("sku-1"));
        OrderContent c = run(content(item(1, 39805, "25"), item(2, 20000, "15")), chairs);
        // round(39805 × 10 / 100) = round(3980.5) = 3981 (half away from zero).
        assertThat(lines(c, 1)).containsExactly(new DiscountLine(3981, BigDecimal.TEN, DiscountType.PERIODIC, "r1",
                "Chairs 10 %", 1));
        assertThat(c.item(1).orElseThrow().netAmount()).isEqualTo(35824);
        assertThat(c.item(1).orElseThrow().taxLines()).extracting(TaxLine::amount).containsExactly(7165L);
        assertThat(lines(c, 2)).isEmpty();
        assertThat(c.totals().totalDiscount()).isEqualTo(3981);
    }

    @Test
    void fixed_amount_rule_is_capped_at_the_base_and_honours_limitation() {
        DiscountRule fifty = new DiscountRule("r2", "50 off", DiscountType.CUSTOMER, Reward.amount(5000),
                AppliesTo.allItems(), null, null, 2, true, null);
        OrderContent c = run(content(item(3, 9000), item(1, 3000), item(2, 8000)), fifty);
        assertThat(lines(c, 1)).extracting(DiscountLine::amount).containsExactly(3000L);
        assertThat(lines(c, 2)).extracting(DiscountLine::amount).containsExactly(5000L);
        assertThat(lines(c, 3)).isEmpty(); // limitation 2: lowest line ids first
        assertThat(lines(c, 1).get(0).percentage()).isNull();
        assertThat(c.item(1).orElseThrow().netAmount()).isZero();
    }

    @Test
    void total_rule_spreads_over_three_items_with_a_remainder() {
        DiscountRule total = rule("r3", "100 off above 300", DiscountType.TOTAL, Reward.amount(100),
                AppliesTo.total(300));
        OrderContent c = run(content(item(1, 100, "25"), item(2, 100, "25"), item(3, 100, "25")), total);
        // 100 over equal bases: 33.33 each, the last unit to the lowest line id.
        assertThat(lines(c, 1)).containsExactly(new DiscountLine(34, null, DiscountType.TOTAL, "r3",
                "100 off above 300", 1));
        assertThat(lines(c, 2)).extracting(DiscountLine::amount).containsExactly(33L);
        assertThat(lines(c, 3)).extracting(DiscountLine::amount).containsExactly(33L);
        assertThat(c.totals().totalDiscount()).isEqualTo(100);
        assertThat(c.totals().netAmount()).isEqualTo(200);
    }

    @Test
    void total_percentage_rule_spreads_by_largest_remainder_over_unequal_bases_with_tax() {
        DiscountRule spring = rule("r6", "Spring 7.5 %", DiscountType.TOTAL, Reward.percentage("7.5"),
                AppliesTo.total(20000));
        Item manual = discounted(item(2, 2000, "25"), DiscountLine.of(500, DiscountType.MANUAL));
        OrderContent c = run(content(item(3, 12345, "25"), item(1, 6789, "15"), manual), spring);
        // Gross 21134 >= 20000. Bases 6789 + 1500 + 12345 = 20634; round(20634 × 7.5 %) = round(1547.55) = 1548.
        // Exact shares 509.323 / 112.533 / 926.144: floors 509 + 112 + 926 = 1547, the last unit to line 2.
        BigDecimal pct = new BigDecimal("7.5");
        assertThat(lines(c, 1)).containsExactly(new DiscountLine(509, pct, DiscountType.TOTAL, "r6", "Spring 7.5 %", 1));
        assertThat(lines(c, 2)).containsExactly(DiscountLine.of(500, DiscountType.MANUAL),
                new DiscountLine(113, pct, DiscountType.TOTAL, "r6", "Spring 7.5 %", 2));
        assertThat(lines(c, 3)).containsExactly(new DiscountLine(926, pct, DiscountType.TOTAL, "r6", "Spring 7.5 %", 1));
        // Net and tax per item: 6280 at 15 % -> 819; 1387 at 25 % -> 277; 11419 at 25 % -> 2284.
        assertThat(c.items()).extracting(Item::lineId, Item::netAmount, i -> i.taxLines().get(0).amount())
                .containsExactly(tuple(3, 11419L, 2284L),
                        tuple(1, 6280L, 819L),
                        tuple(2, 1387L, 277L));
        assertThat(c.totals().grossAmount()).isEqualTo(21134);
        assertThat(c.totals().netAmount()).isEqualTo(19086);
        assertThat(c.totals().totalDiscount()).isEqualTo(2048);
        assertThat(c.totals().totalManualDiscountAmount()).isEqualTo(500);
    }

    @Test
    void total_percentage_rule_uses_remaining_base_and_minimum_on_gross() {
        Item a = discounted(item(1, 10000), DiscountLine.of(4000, DiscountType.MANUAL));
        Item b = item(2, 2000);
        DiscountRule tenPct = rule("r4", "10 % total", DiscountType.TOTAL, Reward.percentage("10"),
                AppliesTo.total(12000));
        OrderContent c = run(content(a, b), tenPct);
        // gross 12000 meets the minimum; base 6000 + 2000 = 8000 -> 800, split 600 / 200.
        assertThat(lines(c, 1)).extracting(DiscountLine::amount).containsExactly(4000L, 600L);
        assertThat(lines(c, 1).get(1).lineId()).isEqualTo(2);
        assertThat(lines(c, 2)).extracting(DiscountLine::amount).containsExactly(200L);

        DiscountRule tooHigh = rule("r5", "x", DiscountType.TOTAL, Reward.percentage("10"), AppliesTo.total(12001));
        assertThat(run(content(a, b), tooHigh).totals().totalDiscount()).isEqualTo(4000);
    }

    @Test
    void expired_future_and_inactive_rules_are_ignored() {
        Reward r = Reward.percentage("50");
        DiscountRule expired = new DiscountRule("e", "old", DiscountType.PERIODIC, r, AppliesTo.allItems(),
                null, NOW.minusSeconds(1), null, true, null);
        DiscountRule future = new DiscountRule("f", "new", DiscountType.PERIODIC, r, AppliesTo.allItems(),
                NOW.plusSeconds(1), null, null, true, null);
        DiscountRule off = new DiscountRule("o", "off", DiscountType.PERIODIC, r, AppliesTo.allItems(),
                null, null, null, false, null);
        DiscountRule edges = new DiscountRule("b", "bounds inclusive", DiscountType.PERIODIC, Reward.percentage("1"),
                AppliesTo.allItems(), NOW, NOW, null, true, null);
        OrderContent c = run(content(item(1, 1000)), expired, future, off, edges);
        assertThat(lines(c, 1)).extracting(DiscountLine::discountId).containsExactly("b");
    }

    @Test
    void ineligible_items_and_reversals_get_nothing() {
        DiscountRule all = rule("r", "all", DiscountType.LOYALTY, Reward.percentage("10"), AppliesTo.allItems());
        DiscountRule total = rule("t", "total", DiscountType.TOTAL, Reward.amount(100), AppliesTo.total(0));
        OrderContent c = run(content(item(1, 1000).withEligibleForDiscount(false), item(2, -1000), item(3, 1000)),
                all, total);
        assertThat(lines(c, 1)).isEmpty();
        assertThat(lines(c, 2)).isEmpty();
        assertThat(lines(c, 3)).extracting(DiscountLine::amount).containsExactly(100L, 100L);
    }

    @Test
    void client_lines_are_kept_engine_lines_replaced_and_rules_apply_in_order() {
        DiscountRule first = rule("r1", "10 %", DiscountType.PERIODIC, Reward.percentage("10"), AppliesTo.allItems());
        DiscountRule second = rule("r2", "10 % more", DiscountType.PERIODIC, Reward.percentage("10"),
                AppliesTo.allItems());
        Item sent = discounted(item(1, 10000), DiscountLine.of(1000, DiscountType.MANUAL),
                new DiscountLine(9999, null, DiscountType.PERIODIC, "r1", "stale engine line", 2));
        OrderContent once = DiscountEngine.apply(List.of(first, second), content(sent), NOW);
        // Base 9000 -> 900; then base 8100 -> 810.
        assertThat(lines(once, 1)).extracting(DiscountLine::amount).containsExactly(1000L, 900L, 810L);
        assertThat(lines(once, 1)).extracting(DiscountLine::lineId).containsExactly(null, 2, 3);
        OrderContent twice = DiscountEngine.apply(List.of(first, second), once, NOW);
        assertThat(twice).isEqualTo(once);
        // A deactivated rule's old lines disappear on the next run.
        OrderContent after = DiscountEngine.apply(List.of(first.deactivated(null), second), once, NOW);
        assertThat(lines(after, 1)).extracting(DiscountLine::amount).containsExactly(1000L, 900L);
    }

    @Test
    void tiny_items_get_no_zero_line_and_zero_rewards_write_nothing() {
        DiscountRule pct = rule("r", "1 %", DiscountType.PERIODIC, Reward.percentage("1"), AppliesTo.allItems());
        assertThat(lines(run(content(item(1, 49)), pct), 1)).isEmpty();
        DiscountRule zeroTotal = rule("t", "0", DiscountType.TOTAL, Reward.amount(0), AppliesTo.total(0));
        assertThat(lines(run(content(item(1, 49)), zeroTotal), 1)).isEmpty();
    }

    @Test
    void a_draft_with_apply_discounts_prices_the_engine_lines() {
        DiscountRule chairs = rule("r1", "Chairs 10 %", DiscountType.PERIODIC, Reward.percentage("10"),
                AppliesTo.items("sku-2"));
        Draft d = Draft.create(uuid(1), ACCOUNT, content(item(1, 39800, "25")), null, ctx(0),
                DiscountEngine.applier(List.of(chairs), NOW));
        Draft added = d.addItem(item(2, 20000, "15"), ctx(1), DiscountEngine.applier(List.of(chairs), NOW)).draft();
        Item line2 = added.order().item(2).orElseThrow();
        assertThat(line2.discountLines()).extracting(DiscountLine::amount).containsExactly(2000L);
        assertThat(line2.netAmount()).isEqualTo(18000);
        assertThat(line2.taxLines()).extracting(TaxLine::amount).containsExactly(2348L);
        assertThat(added.order().totals().totalDiscount()).isEqualTo(2000);
    }

    @Test
    void rule_validation_names_fields() {
        DiscountRule bad = new DiscountRule(null, " ", null, new Reward(Reward.Type.PERCENTAGE, BigDecimal.valueOf(101)),
                new AppliesTo(AppliesTo.Type.ITEMS, null, -1L), NOW, NOW.minusSeconds(1), 0, true, null);
        assertThatThrownBy(bad::validate).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                e.errors()).extracting(f -> f.message()).containsExactly(
                        "name is required",
                        "discount_type is required",
                        "reward.value must be between 0 and 100",
                        "applies_to.item_ids is required",
                        "applies_to.minimum_gross must be 0 or more",
                        "active_to must not be before active_from",
                        "limitation must be 1 or more"));
        DiscountRule tooPrecise = new DiscountRule("x", "n", DiscountType.PERIODIC,
                new Reward(Reward.Type.PERCENTAGE, new BigDecimal("1E-1000000")), AppliesTo.total(0), null, null,
                null, true, null);
        assertThatThrownBy(tooPrecise::validate).hasMessage("reward.value must have at most 6 decimals");
        DiscountRule badAmount = new DiscountRule("x", "n", DiscountType.TOTAL,
                new Reward(Reward.Type.AMOUNT, new BigDecimal("1.5")), AppliesTo.total(0), null, null, null, true, null);
        assertThatThrownBy(badAmount::validate)
                .hasMessage("reward.value must be a whole amount in minor units, 0 or more");
        DiscountRule missing = new DiscountRule("x", "n", DiscountType.TOTAL, null, null, null, null, null, true, null);
        assertThatThrownBy(missing::validate).hasMessage("reward is required (and 1 more)");
        // SPEC §4b: `total` comes with `minimum_gross` (only active_from, active_to and limitation are optional).
        DiscountRule noMinimum = new DiscountRule("x", "n", DiscountType.TOTAL, Reward.amount(100),
                new AppliesTo(AppliesTo.Type.TOTAL, List.of(), null), null, null, null, true, null);
        assertThatThrownBy(noMinimum::validate).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                e.errors()).extracting(f -> f.field()).containsExactly("applies_to.minimum_gross"))
                .hasMessage("applies_to.minimum_gross is required");
        DiscountRule noValue = new DiscountRule("x", "n", DiscountType.TOTAL, new Reward(Reward.Type.AMOUNT, null),
                new AppliesTo(null, List.of(), null), null, null, null, true, null);
        assertThatThrownBy(noValue::validate).hasMessage("reward.value is required (and 1 more)");
        rule("ok", "ok", DiscountType.PERIODIC, Reward.percentage("12.5"), AppliesTo.items("a")).validate();
    }
}
