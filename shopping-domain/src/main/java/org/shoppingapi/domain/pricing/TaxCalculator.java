package org.shoppingapi.domain.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.money.LargestRemainder;
import org.shoppingapi.domain.money.Rounding;

/**
 * Tax included in a price (SPEC §4): total = round(net × Σp / (100 + Σp)) and line i gets net × p_i / (100 + Σp),
 * split by largest remainder so the lines add up to the total exactly.
 */
public final class TaxCalculator {

    private TaxCalculator() {
    }

    /** The total tax included in {@code net} for the given percentages. */
    public static long totalTax(long net, List<BigDecimal> percentages) {
        Fractions f = Fractions.of(net, percentages);
        return signed(net, Rounding.divide(f.sumOfNumerators(), f.denominator()));
    }

    /** The tax amount of each line, in the order of {@code percentages}; they add up to {@link #totalTax}. */
    public static long[] split(long net, List<BigDecimal> percentages) {
        if (percentages.isEmpty()) {
            return new long[0];
        }
        // Computing on |net| and restoring the sign makes a reversal the exact negative of its original.
        Fractions f = Fractions.of(net, percentages);
        long total = Rounding.divide(f.sumOfNumerators(), f.denominator());
        long[] parts = LargestRemainder.distribute(total, f.numerators(), f.denominator());
        if (net < 0) {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    private static long signed(long net, long magnitude) {
        return net < 0 ? -magnitude : magnitude;
    }

    /** |net| × p_i and 100 + Σp, all scaled to integers so the division stays exact. */
    private record Fractions(List<BigInteger> numerators, BigInteger denominator) {

        static Fractions of(long net, List<BigDecimal> percentages) {
            BigDecimal sum = BigDecimal.ZERO;
            int scale = 0;
            for (BigDecimal p : percentages) {
                sum = sum.add(p);
                scale = Math.max(scale, p.scale());
            }
            BigInteger magnitude = BigInteger.valueOf(net).abs();
            List<BigInteger> numerators = new ArrayList<>(percentages.size());
            for (BigDecimal p : percentages) {
                numerators.add(magnitude.multiply(p.movePointRight(scale).toBigIntegerExact()));
            }
            BigInteger denominator = BigDecimal.valueOf(100).add(sum).movePointRight(scale).toBigIntegerExact();
            return new Fractions(numerators, denominator);
        }

        BigInteger sumOfNumerators() {
            return numerators.stream().reduce(BigInteger.ZERO, BigInteger::add);
        }
    }
}
