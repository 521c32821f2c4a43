package org.shoppingapi.domain.discount;

import java.math.BigDecimal;
import java.util.Locale;
import org.shoppingapi.domain.error.ValidationException;

/** What a rule gives: a percentage of the base, or a fixed amount in minor units. */
public record Reward(Type type, BigDecimal value) {

    /** The reward's kind, {@code percentage} or {@code amount} on the wire. */
    public enum Type {
        PERCENTAGE, AMOUNT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type fromWire(String value) {
            for (Type t : values()) {
                if (t.wireName().equals(value)) {
                    return t;
                }
            }
            throw ValidationException.of("reward.type", "must be one of percentage, amount");
        }
    }

    public static Reward percentage(String value) {
        return new Reward(Type.PERCENTAGE, new BigDecimal(value));
    }

    public static Reward amount(long value) {
        return new Reward(Type.AMOUNT, BigDecimal.valueOf(value));
    }
}
