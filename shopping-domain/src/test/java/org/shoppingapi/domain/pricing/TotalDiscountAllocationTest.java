package org.shoppingapi.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.discounted;
import static org.shoppingapi.domain.Fixtures.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.error.ValidationException;

/** Golden table for spreading an order-level discount by remaining base. */
class TotalDiscountAllocationTest {

    @Test
    void equal_bases_split_with_the_remainder_to_the_lower_line_id() {
        // 100 over three equal bases: 33.33 each, one unit left, tie -> lowest line_id.
        List<Item> items = List.of(item(3, 1000), item(1, 1000), item(2, 1000));
        assertThat(TotalDiscountAllocation.shares(100, items)).containsExactly(
                Map.entry(1, 34L), Map.entry(2, 33L), Map.entry(3, 33L));
    }

    @Test
    void shares_follow_remaining_base_not_gross() {
        Item a = discounted(item(1, 10000), DiscountLine.of(5000, DiscountType.MANUAL)); // base 5000
        Item b = item(2, 2500);
        Item c = item(3, 2500);
        // 1001 over bases 5000/2500/2500: 500.5, 250.25, 250.25 -> 500+250+250 = 1000, the unit goes to line 1.
        assertThat(TotalDiscountAllocation.shares(1001, List.of(a, b, c))).containsExactly(
                Map.entry(1, 501L), Map.entry(2, 250L), Map.entry(3, 250L));
    }

    @Test
    void ineligible_reversed_and_fully_discounted_items_get_nothing() {
        Item ineligible = item(1, 5000).withEligibleForDiscount(false);
        Item reversal = item(2, -5000);
        Item full = discounted(item(3, 100), DiscountLine.of(100, DiscountType.MANUAL));
        Item only = item(4, 300);
        assertThat(TotalDiscountAllocation.allocatableBase(List.of(ineligible, reversal, full, only)))
                .isEqualTo(300);
        assertThat(TotalDiscountAllocation.shares(300, List.of(ineligible, reversal, full, only)))
                .containsExactly(Map.entry(4, 300L));
    }

    @Test
    void apply_appends_total_lines_numbered_by_position_and_prices_exactly() {
        Item a = discounted(item(1, 39800, "25"), DiscountLine.of(11960, DiscountType.CUSTOMER));
        Item b = item(2, 20000, "15");
        OrderContent withTotal = TotalDiscountAllocation.apply(content(a, b), 4784, BigDecimal.TEN,
                DiscountType.TOTAL, "rule-1", "10 % off");
        // bases 27840 and 20000 (sum 47840): exactly 2784 and 2000.
        DiscountLine onA = withTotal.items().get(0).discountLines().get(1);
        assertThat(onA).isEqualTo(new DiscountLine(2784, BigDecimal.TEN, DiscountType.TOTAL, "rule-1", "10 % off", 2));
        assertThat(withTotal.items().get(1).discountLines()).containsExactly(
                new DiscountLine(2000, BigDecimal.TEN, DiscountType.TOTAL, "rule-1", "10 % off", 1));
        OrderContent priced = Pricing.price(withTotal);
        assertThat(priced.totals().totalDiscount()).isEqualTo(11960 + 4784);
        assertThat(priced.totals().netAmount()).isEqualTo(47840 - 4784);
    }

    @Test
    void zero_discount_writes_no_line() {
        OrderContent c = content(item(1, 100));
        assertThat(TotalDiscountAllocation.apply(c, 0, null, DiscountType.TOTAL, "r", "d")).isEqualTo(c);
    }

    @Test
    void a_discount_above_the_base_or_negative_is_refused() {
        assertThatThrownBy(() -> TotalDiscountAllocation.shares(301, List.of(item(1, 300))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("discount.amount must not exceed the eligible items' remaining amount 300");
        assertThatThrownBy(() -> TotalDiscountAllocation.shares(-1, List.of(item(1, 300))))
                .hasMessage("discount.amount must be 0 or more");
    }
}
