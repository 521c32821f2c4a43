package org.shoppingapi.domain.money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one rule every percentage of the API follows (tax lines, discount lines, percentage rewards):
 * between 0 and 100 with at most {@value #MAX_DECIMALS} decimals. The decimal bound is what real tax rates
 * need (8.875, 14.975) and keeps exact tax arithmetic cheap: a value like 1E-1000000 would otherwise make
 * one request compute with a million digits.
 */
public final class Percentages {

    public static final int MAX_DECIMALS = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** What is wrong with {@code percentage}, worded to follow its field path; empty when it is valid. */
    public static Optional<String> problem(BigDecimal percentage) {
        if (percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0) {
            return Optional.of("must be between 0 and 100");
        }
        if (percentage.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of("must have at most " + MAX_DECIMALS + " decimals");
        }
        return Optional.empty();
    }
}
