package org.shoppingapi.domain.payout;

import java.math.BigDecimal;
import java.util.List;
import org.shoppingapi.domain.common.Attributes;

/**
 * One party of a payout rule and how its share is computed: a fixed amount, a percentage, or what is left after
 * the others (optionally shared among percentage sub-destinations).
 */
public sealed interface PayoutDestination {

    /** A fixed amount in minor units (taken before any percentage, capped at what is left). */
    record Fixed(String destination, long amount) implements PayoutDestination {
    }

    /** A percentage (0..100) of what is left after the fixed amounts. */
    record Percentage(String destination, BigDecimal percentage) implements PayoutDestination {
    }

    /**
     * Whatever is left after the fixed amounts and percentages: to {@code destination}, or shared among
     * {@code shares} (percentages adding up to exactly 100) when those are given.
     */
    record Remaining(String destination, List<Percentage> shares) implements PayoutDestination {

        public Remaining {
            shares = Attributes.list(shares);
        }

        public static Remaining to(String destination) {
            return new Remaining(destination, List.of());
        }

        public boolean isShared() {
            return !shares.isEmpty();
        }
    }
}
