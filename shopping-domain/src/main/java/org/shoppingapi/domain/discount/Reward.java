package org.shoppingapi.domain.discount;

import java.math.BigDecimal;
import org.shoppingapi.domain.wire.WireNames;

/** What a rule gives: a percentage of the base, or a fixed amount in minor units. */
public record Reward(Type type, BigDecimal value) {

    /** The reward's kind, {@code percentage} or {@code amount} on the wire. */
    public enum Type {
        PERCENTAGE, AMOUNT;

        public String wireName() {
            return WireNames.of(this);
        }

        public static Type fromWire(String value) {
            return WireNames.parse(Type.class, value, "reward.type");
        }
    }

    public static Reward percentage(String value) {
        return new Reward(Type.PERCENTAGE, new BigDecimal(value));
    }

    public static Reward amount(long value) {
        return new Reward(Type.AMOUNT, BigDecimal.valueOf(value));
    }
}
