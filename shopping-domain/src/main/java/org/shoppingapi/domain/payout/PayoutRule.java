package org.shoppingapi.domain.payout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.money.Amounts;
import org.shoppingapi.domain.money.LargestRemainder;
import org.shoppingapi.domain.money.Percentages;
import org.shoppingapi.domain.money.Rounding;
import org.shoppingapi.domain.payout.PayoutDestination.Fixed;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;

/**
 * How a paid amount is shared among the parties of a sale (SPEC §4c): the terms a stored rule, a dynamic rule of a
 * draft and an order line's fixed {@code payout_rule} all have. {@link #split} is exact: Σ shares = the amount.
 */
public record PayoutRule(PayoutRuleType type, String ruleId, List<PayoutDestination> destinations) {

    /** Enough for any real marketplace split, and a bound on what every payment operation item carries. */
    public static final int MAX_DESTINATIONS = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PayoutRule {
        destinations = Attributes.list(destinations);
    }

    /** Throws a {@link ValidationException} naming every invalid field; paths start at {@code path} ("" at the top). */
    public void requireValid(String path) {
        List<FieldError> errors = problems(path);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Every rule this rule breaks, each naming its field under {@code path}; empty when the rule is valid. */
    public List<FieldError> problems(String path) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(FieldError.required(path + "rule_type"));
        }
        if (ruleId == null || ruleId.isBlank()) {
            errors.add(FieldError.required(path + "rule_id"));
        }
        String list = path + "destinations";
        if (destinations.isEmpty()) {
            errors.add(FieldError.required(list));
            return errors;
        }
        if (destinations.size() > MAX_DESTINATIONS) {
            errors.add(FieldError.of(list, "must have at most " + MAX_DESTINATIONS + " destinations"));
            return errors;
        }
        BigDecimal percentages = BigDecimal.ZERO;
        boolean remaining = false;
        for (int i = 0; i < destinations.size(); i++) {
            String at = list + "[" + i + "]";
            switch (destinations.get(i)) {
                case null -> errors.add(FieldError.required(at));
                case Fixed fixed -> {
                    requireName(fixed.destination(), at, errors);
                    if (fixed.amount() < 0) {
                        errors.add(FieldError.of(at + ".value", "must be 0 or more"));
                    }
                }
                case Percentage p -> {
                    requireName(p.destination(), at, errors);
                    if (percentage(p, at, errors)) {
                        percentages = percentages.add(p.percentage());
                    }
                }
                case Remaining r -> {
                    remaining = true;
                    if (i != destinations.size() - 1) {
                        errors.add(FieldError.of(at + ".type", "remaining_amount must be the last destination"));
                    }
                    checkRemaining(r, at, errors);
                }
            }
        }
        if (remaining && percentages.compareTo(HUNDRED) > 0) {
            errors.add(FieldError.of(list, "percentages must add up to at most 100 (they add up to "
                    + percentages.toPlainString() + ")"));
        }
        if (!remaining) {
            for (int i = 0; i < destinations.size(); i++) {
                if (destinations.get(i) instanceof Fixed) {
                    errors.add(FieldError.of(list + "[" + i + "].type",
                            "amount needs a remaining_amount destination last"));
                }
            }
            if (percentages.compareTo(HUNDRED) != 0) {
                errors.add(FieldError.of(list, "percentages must add up to exactly 100 without a remaining_amount "
                        + "destination (they add up to " + percentages.toPlainString() + ")"));
            }
        }
        return errors;
    }

    private static void checkRemaining(Remaining r, String at, List<FieldError> errors) {
        boolean named = r.destination() != null && !r.destination().isBlank();
        if (named == r.isShared()) {
            errors.add(FieldError.of(at, named ? "has both destination and destinations; give one of them"
                    : "needs a destination or destinations"));
            return;
        }
        if (!r.isShared()) {
            return;
        }
        if (r.shares().size() > MAX_DESTINATIONS) {
            errors.add(FieldError.of(at + ".destinations", "must have at most " + MAX_DESTINATIONS + " destinations"));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean valid = true;
        for (int j = 0; j < r.shares().size(); j++) {
            String sub = at + ".destinations[" + j + "]";
            Percentage p = r.shares().get(j);
            if (p == null) {
                errors.add(FieldError.required(sub));
                valid = false;
                continue;
            }
            requireName(p.destination(), sub, errors);
            if (percentage(p, sub, errors)) {
                sum = sum.add(p.percentage());
            } else {
                valid = false;
            }
        }
        if (valid && sum.compareTo(HUNDRED) != 0) {
            errors.add(FieldError.of(at + ".destinations", "percentages must add up to exactly 100 (they add up to "
                    + sum.toPlainString() + ")"));
        }
    }

    private static boolean percentage(Percentage p, String at, List<FieldError> errors) {
        if (p.percentage() == null) {
            errors.add(FieldError.required(at + ".value"));
            return false;
        }
        return Percentages.problem(p.percentage()).map(problem -> errors.add(FieldError.of(at + ".value", problem)))
                .isEmpty();
    }

    private static void requireName(String destination, String at, List<FieldError> errors) {
        if (destination == null || destination.isBlank()) {
            errors.add(FieldError.required(at + ".destination"));
        }
    }

    /**
     * Splits {@code amount} by this (valid) rule: a negative amount is split as its absolute value and every share
     * negated; fixed amounts first, in order, each capped at what is left; then the percentages together get
     * round(left × Σp / 100), shared by largest remainder (ties to the earlier destination); the remaining
     * destination gets the rest, shared among its sub-destinations by largest remainder. Σ shares = amount.
     */
    public PayoutSplit split(long amount) {
        if (amount < 0) {
            List<PayoutShare> positive = split(Amounts.negate(amount)).shares();
            return new PayoutSplit(ruleId, type, positive.stream()
                    .map(s -> new PayoutShare(s.destination(), -s.amount())).toList());
        }
        long[] shares = new long[destinations.size()];
        long left = amount;
        for (int i = 0; i < destinations.size(); i++) {
            if (destinations.get(i) instanceof Fixed fixed) {
                shares[i] = Math.min(fixed.amount(), left);
                left -= shares[i];
            }
        }
        List<Integer> percentageAt = new ArrayList<>();
        List<BigDecimal> percentages = new ArrayList<>();
        for (int i = 0; i < destinations.size(); i++) {
            if (destinations.get(i) instanceof Percentage p) {
                percentageAt.add(i);
                percentages.add(p.percentage());
            }
        }
        if (!percentages.isEmpty()) {
            BigDecimal sum = percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            long group = Rounding.percentOf(left, sum);
            long[] parts = byLargestRemainder(group, left, percentages);
            for (int k = 0; k < parts.length; k++) {
                shares[percentageAt.get(k)] = parts[k];
            }
            left -= group;
        }
        List<PayoutShare> result = new ArrayList<>();
        for (int i = 0; i < destinations.size(); i++) {
            switch (destinations.get(i)) {
                case Fixed fixed -> result.add(new PayoutShare(fixed.destination(), shares[i]));
                case Percentage p -> result.add(new PayoutShare(p.destination(), shares[i]));
                case Remaining r when r.isShared() -> {
                    long[] parts = byLargestRemainder(left, left,
                            r.shares().stream().map(Percentage::percentage).toList());
                    for (int j = 0; j < parts.length; j++) {
                        result.add(new PayoutShare(r.shares().get(j).destination(), parts[j]));
                    }
                }
                case Remaining r -> result.add(new PayoutShare(r.destination(), left));
            }
        }
        return new PayoutSplit(ruleId, type, result);
    }

    /** {@code total} shared in proportion to the exact quotas {@code base × p_i / 100}, by largest remainder. */
    private static long[] byLargestRemainder(long total, long base, List<BigDecimal> percentages) {
        int scale = 0;
        for (BigDecimal p : percentages) {
            scale = Math.max(scale, Math.max(p.stripTrailingZeros().scale(), 0));
        }
        List<BigInteger> numerators = new ArrayList<>(percentages.size());
        for (BigDecimal p : percentages) {
            BigInteger scaled = p.movePointRight(scale).toBigIntegerExact();
            numerators.add(BigInteger.valueOf(base).multiply(scaled));
        }
        return LargestRemainder.distribute(total, numerators, BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100)));
    }
}
