package org.shoppingapi.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.discounted;
import static org.shoppingapi.domain.Fixtures.item;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.OrderTotals;
import org.shoppingapi.domain.content.TaxLine;

/** SPEC §4's golden figures, to the minor unit. */
class PricingGoldenTest {

    @Test
    void worked_example_from_spec_section_4() {
        Item first = discounted(item(1, 39800, "25"), DiscountLine.of(11960, DiscountType.CUSTOMER));
        Item second = item(2, 20000, "15");

        OrderContent priced = Pricing.price(content(first, second));

        Item p1 = priced.items().get(0);
        Item p2 = priced.items().get(1);
        assertThat(p1.netAmount()).isEqualTo(27840);
        assertThat(p1.taxLines()).extracting(TaxLine::amount).containsExactly(5568L);
        assertThat(p2.netAmount()).isEqualTo(20000);
        assertThat(p2.taxLines()).extracting(TaxLine::amount).containsExactly(2609L);
        assertThat(priced.totals()).isEqualTo(new OrderTotals(59800, 47840, 11960, 0));
    }

    @Test
    void reversal_of_a_39800_line_at_25_percent_has_tax_minus_7960() {
        Item reversal = Pricing.price(item(3, -39800, "25"));
        assertThat(reversal.netAmount()).isEqualTo(-39800);
        assertThat(reversal.taxLines()).extracting(TaxLine::amount).containsExactly(-7960L);
    }

    @ParameterizedTest(name = "net {0} at {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "10001; 25 12; 1825 876",
        "-10001; 25 12; -1825 -876",
        "3; 100; 2",
        "-3; 100; -2",
        "1; 100; 1",
        "39800; 25; 7960",
        "27840; 25; 5568",
        "20000; 15; 2609",
        "10000; 12.5; 1111",
        "0; 25; 0",
        "100; 0; 0",
        "1; 50 50; 1 0",
        "3; 50 50; 1 1",
        "5; 25 25; 1 1",
        "7; 10 10 10; 1 1 0",
        "100; 12.5 12.5 25; 8 8 17",
        "-100; 12.5 12.5 25; -8 -8 -17"
    })
    void tax_lines_golden_table(long net, String percentages, String expected) {
        List<BigDecimal> ps = Arrays.stream(percentages.split(" ")).map(BigDecimal::new).toList();
        long[] want = Arrays.stream(expected.split(" ")).mapToLong(Long::parseLong).toArray();

        long[] got = TaxCalculator.split(net, ps);

        assertThat(got).containsExactly(want);
        assertThat(Arrays.stream(got).sum()).isEqualTo(TaxCalculator.totalTax(net, ps));
    }

    @Test
    void client_sent_net_and_tax_amounts_are_overwritten() {
        Item lying = new Item("x", 1, "d", BigDecimal.ONE, 39800, 1, List.of(new TaxLine(new BigDecimal("25"), 99)),
                List.of(), null, true, null, null, Extensions.NONE);
        Item priced = Pricing.price(lying);
        assertThat(priced.netAmount()).isEqualTo(39800);
        assertThat(priced.taxLines().get(0).amount()).isEqualTo(7960);
    }

    @Test
    void totals_count_manual_discounts_separately() {
        Item a = discounted(item(1, 10000, "25"), DiscountLine.of(1000, DiscountType.MANUAL),
                DiscountLine.of(500, DiscountType.LOYALTY));
        Item b = discounted(item(2, 5000, "25"), DiscountLine.of(200, DiscountType.MANUAL));
        OrderContent priced = Pricing.price(content(a, b));
        assertThat(priced.totals()).isEqualTo(new OrderTotals(15000, 13300, 1700, 1200));
        assertThat(Pricing.sum(List.of(priced.totals(), priced.totals())))
                .isEqualTo(new OrderTotals(30000, 26600, 3400, 2400));
    }

    @Test
    void item_without_tax_lines_has_no_tax() {
        Item priced = Pricing.price(item(1, 500));
        assertThat(priced.taxLines()).isEmpty();
        assertThat(priced.taxTotal()).isZero();
        assertThat(TaxCalculator.totalTax(500, List.of())).isZero();
    }
}
