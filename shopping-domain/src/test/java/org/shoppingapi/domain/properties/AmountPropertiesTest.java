package org.shoppingapi.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.shoppingapi.domain.Fixtures;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.completion.CompletionPolicy;
import org.shoppingapi.domain.completion.CompletionResult;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.OrderTotals;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.pricing.Pricing;
import org.shoppingapi.domain.pricing.TaxCalculator;
import org.shoppingapi.domain.pricing.TotalDiscountAllocation;

/** The invariants of SPEC §4 over random items and drafts. */
class AmountPropertiesTest {

    private static final long BIG = 1_000_000_000_000L;

    @Provide
    Arbitrary<BigDecimal> percentage() {
        // 0..100 with up to two decimals, and the common round rates more often.
        Arbitrary<BigDecimal> any = Arbitraries.integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 2));
        Arbitrary<BigDecimal> usual = Arbitraries.of("0", "6", "12", "12.5", "15", "25", "100").map(BigDecimal::new);
        return Arbitraries.oneOf(any, usual);
    }

    @Provide
    Arbitrary<List<BigDecimal>> percentages() {
        return percentage().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Item> item() {
        Arbitrary<Long> gross = Arbitraries.longs().between(-BIG, BIG);
        Arbitrary<Integer> discountCount = Arbitraries.integers().between(0, 3);
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<String> store = Arbitraries.of("s1", "s2", "s3", "s4", "s5", "none");
        return Combinators.combine(gross, percentages(), discountCount, seed, store, Arbitraries.of(true, false))
                .as((g, ps, n, s, st, eligible) -> {
                    java.util.Random r = new java.util.Random(s);
                    List<DiscountLine> lines = new ArrayList<>();
                    long room = Math.max(g, 0);
                    for (int i = 0; i < n && room > 0; i++) {
                        long amount = (long) (r.nextDouble() * room);
                        room -= amount;
                        DiscountType type = DiscountType.values()[r.nextInt(DiscountType.values().length)];
                        lines.add(new DiscountLine(amount, null, type, null, null, i + 1));
                    }
                    List<TaxLine> taxes = ps.stream().map(p -> new TaxLine(p, r.nextLong())).toList();
                    return new Item("sku", 0, "d", BigDecimal.ONE, g, r.nextLong(), taxes, lines, null, eligible,
                            st.equals("none") ? null : Store.of(st), null, Extensions.NONE);
                });
    }

    @Provide
    Arbitrary<OrderContent> content() {
        return item().list().ofMinSize(0).ofMaxSize(12).map(items -> {
            List<Item> numbered = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                numbered.add(items.get(i).withLineId(i + 1));
            }
            return new OrderContent(null, "NOK", Store.of("main"), numbered, null, Extensions.NONE);
        });
    }

    @Property(tries = 500)
    void tax_lines_add_up_to_the_total_tax(@ForAll @LongRange(min = -BIG, max = BIG) long net,
                                           @ForAll("percentages") List<BigDecimal> ps) {
        long[] lines = TaxCalculator.split(net, ps);
        assertThat(java.util.Arrays.stream(lines).sum()).isEqualTo(TaxCalculator.totalTax(net, ps));
        BigDecimal sum = ps.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exact = BigDecimal.valueOf(net).multiply(sum)
                .divide(BigDecimal.valueOf(100).add(sum), 0, java.math.RoundingMode.HALF_UP);
        assertThat(TaxCalculator.totalTax(net, ps)).isEqualTo(exact.longValueExact());
        for (int i = 0; i < lines.length; i++) {
            // Each line is within one unit of its exact share.
            BigDecimal share = BigDecimal.valueOf(net).multiply(ps.get(i))
                    .divide(BigDecimal.valueOf(100).add(sum), 10, java.math.RoundingMode.HALF_UP);
            assertThat(share.subtract(BigDecimal.valueOf(lines[i])).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Property(tries = 300)
    void a_reversal_is_the_exact_negative(@ForAll("item") Item item) {
        Item original = Pricing.price(item.withDiscountLines(List.of()));
        Item reversal = Pricing.price(item.withDiscountLines(List.of()).withGrossAmount(-item.grossAmount()));
        assertThat(reversal.netAmount()).isEqualTo(-original.netAmount());
        for (int i = 0; i < original.taxLines().size(); i++) {
            assertThat(reversal.taxLines().get(i).amount()).isEqualTo(-original.taxLines().get(i).amount());
        }
    }

    @Property(tries = 300)
    void net_is_gross_minus_discounts_and_totals_are_sums(@ForAll("content") OrderContent content) {
        OrderContent priced = Pricing.price(content);
        long gross = 0;
        long net = 0;
        long discount = 0;
        for (int i = 0; i < priced.items().size(); i++) {
            Item p = priced.items().get(i);
            long d = content.items().get(i).discountLines().stream().mapToLong(DiscountLine::amount).sum();
            assertThat(p.netAmount()).isEqualTo(p.grossAmount() - d);
            assertThat(p.taxTotal()).isEqualTo(TaxCalculator.totalTax(p.netAmount(),
                    p.taxLines().stream().map(TaxLine::percentage).toList()));
            if (p.grossAmount() >= 0) {
                assertThat(p.netAmount()).isNotNegative();
            }
            gross += p.grossAmount();
            net += p.netAmount();
            discount += d;
        }
        assertThat(priced.totals().grossAmount()).isEqualTo(gross);
        assertThat(priced.totals().netAmount()).isEqualTo(net);
        assertThat(priced.totals().totalDiscount()).isEqualTo(discount);
    }

    @Property(tries = 200)
    void split_orders_add_up_to_the_draft(@ForAll("content") OrderContent content) {
        Draft draft = Draft.create(Fixtures.uuid(1), Fixtures.ACCOUNT, content, null, Fixtures.ctx(0));
        CompletionResult result = CompletionPolicy.complete(draft, Optional.empty(), Fixtures.completion());
        List<OrderTotals> parts = result.createdOrders().stream().map(o -> o.content().totals()).toList();
        assertThat(Pricing.sum(parts)).isEqualTo(draft.order().totals());
        List<Integer> lines = result.createdOrders().stream().map(Order::content)
                .flatMap(c -> c.items().stream()).map(Item::lineId).sorted().toList();
        assertThat(lines).isEqualTo(draft.order().items().stream().map(Item::lineId).sorted().toList());
    }

    @Property(tries = 300)
    void discount_shares_add_up_to_the_discount(@ForAll("content") OrderContent content,
                                                @ForAll @LongRange(min = 0, max = 1000) long permille) {
        long base = TotalDiscountAllocation.allocatableBase(content.items());
        long amount = BigInteger.valueOf(base).multiply(BigInteger.valueOf(permille))
                .divide(BigInteger.valueOf(1000)).longValueExact();
        Map<Integer, Long> shares = TotalDiscountAllocation.shares(amount, content.items());
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(amount);
        for (Item item : content.items()) {
            long share = shares.getOrDefault(item.lineId(), 0L);
            assertThat(share).isBetween(0L, Math.max(0, TotalDiscountAllocation.remainingBase(item)));
            if (!item.eligibleForDiscount()) {
                assertThat(share).isZero();
            }
        }
        OrderContent discounted = TotalDiscountAllocation.apply(content, amount, null, DiscountType.TOTAL, "r", "d");
        assertThat(Pricing.price(discounted).totals().netAmount())
                .isEqualTo(Pricing.price(content).totals().netAmount() - amount);
    }

    @Property(tries = 300)
    void overflow_is_an_error_never_a_wrong_number(@ForAll @Size(min = 1, max = 4) List<Long> grosses) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < grosses.size(); i++) {
            items.add(Item.of("x", i + 1, "d", BigDecimal.ONE, grosses.get(i), List.of(TaxLine.of("25"))));
        }
        BigInteger exact = grosses.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        try {
            OrderContent priced = Pricing.price(OrderContent.of("NOK", items));
            assertThat(BigInteger.valueOf(priced.totals().grossAmount())).isEqualTo(exact);
            assertThat(BigInteger.valueOf(priced.totals().netAmount())).isEqualTo(exact);
        } catch (ValidationException e) {
            assertThat(e.code()).isEqualTo(ValidationException.OVERFLOW_CODE);
            // Only a sum that leaves the range on the way may be refused.
            assertThat(partialSumsLeaveRange(grosses)).isTrue();
        }
    }

    private static boolean partialSumsLeaveRange(List<Long> values) {
        BigInteger sum = BigInteger.ZERO;
        for (long v : values) {
            sum = sum.add(BigInteger.valueOf(v));
            if (sum.bitLength() > 63) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 200)
    void discounts_pushing_net_below_the_range_are_errors(
            @ForAll @LongRange(min = Long.MIN_VALUE, max = Long.MIN_VALUE + 1000) long gross,
            @ForAll @LongRange(min = 0, max = 5000) long discount) {
        Item item = Item.of("x", 1, "d", BigDecimal.ONE, gross, List.of())
                .withDiscountLines(List.of(DiscountLine.of(discount, DiscountType.MANUAL)));
        BigInteger exact = BigInteger.valueOf(gross).subtract(BigInteger.valueOf(discount));
        try {
            assertThat(BigInteger.valueOf(Pricing.price(item).netAmount())).isEqualTo(exact);
        } catch (ValidationException e) {
            assertThat(e.code()).isEqualTo(ValidationException.OVERFLOW_CODE);
            assertThat(exact.bitLength()).isGreaterThan(63);
        }
    }
}
