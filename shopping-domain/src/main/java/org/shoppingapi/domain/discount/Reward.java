package org.shoppingapi.domain.discount;

import java.math.BigDecimal;

/** What a rule gives: a percentage of the base, or a fixed amount in minor units. */
public record Reward(Type type, BigDecimal value) {

    /** The reward's kind: a percentage of the base or a fixed amount. */
    public enum Type {
        PERCENTAGE, AMOUNT
    }

    public static Reward percentage(String value) {
        return new Reward(Type.PERCENTAGE, new BigDecimal(value));
    }

    public static Reward amount(long value) {
        return new Reward(Type.AMOUNT, BigDecimal.valueOf(value));
    }
}
