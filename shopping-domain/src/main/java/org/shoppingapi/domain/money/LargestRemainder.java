package org.shoppingapi.domain.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole into parts proportional to exact fractions {@code numerator[i] / denominator} so that the parts add
 * up to the whole exactly: each part gets its floor, and the units left over go to the largest remainders, ties to
 * the lower index (callers order their parts, e.g. by {@code line_id}).
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param total        the non-negative whole; must lie between Σ floors and Σ floors + n
     * @param numerators   non-negative numerators, one per part
     * @param denominator  positive common denominator
     */
    public static long[] distribute(long total, List<BigInteger> numerators, BigInteger denominator) {
        if (total < 0 || denominator.signum() <= 0) {
            throw new IllegalArgumentException("total must be >= 0 and denominator > 0");
        }
        int n = numerators.size();
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long floors = 0;
        for (int i = 0; i < n; i++) {
            if (numerators.get(i).signum() < 0) {
                throw new IllegalArgumentException("numerators must be >= 0");
            }
            BigInteger[] qr = numerators.get(i).divideAndRemainder(denominator);
            parts[i] = Amounts.exact(qr[0]);
            remainders[i] = qr[1];
            floors = Amounts.add(floors, parts[i]);
        }
        long left = total - floors;
        if (left < 0 || left > n) {
            throw new IllegalArgumentException("total " + total + " cannot be reached from floors " + floors);
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        // Stable sort keeps equal remainders in index order, which is the tie rule.
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    /** Splits {@code total} (≥ 0) in proportion to non-negative {@code weights} (Σ > 0), exactly. */
    public static long[] proportional(long total, List<Long> weights) {
        BigInteger sum = BigInteger.ZERO;
        List<BigInteger> numerators = new ArrayList<>(weights.size());
        BigInteger whole = BigInteger.valueOf(total);
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must be >= 0");
            }
            sum = sum.add(BigInteger.valueOf(w));
            numerators.add(whole.multiply(BigInteger.valueOf(w)));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("the weights add up to 0");
        }
        return distribute(total, numerators, sum);
    }
}
