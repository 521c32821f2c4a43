package org.shoppingapi.domain.payout;

import java.math.BigDecimal;
import java.util.List;
import org.shoppingapi.domain.payout.PayoutDestination.Fixed;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;

/** The rules of SPEC §4c's worked examples, and small builders for others. */
public final class PayoutRules {

    private PayoutRules() {
    }

    public static Percentage pct(String destination, String value) {
        return new Percentage(destination, new BigDecimal(value));
    }

    public static Fixed fixed(String destination, long amount) {
        return new Fixed(destination, amount);
    }

    public static PayoutRule rule(String ruleId, PayoutDestination... destinations) {
        return new PayoutRule(PayoutRuleType.ITEM_STORE_ID, ruleId, List.of(destinations));
    }

    /** 5 % to platform-1, the rest to seller-7 (written as a remaining share of 100 %, as marketplaces send it). */
    public static PayoutRule platformAndSeller() {
        return rule("store-7", pct("platform-1", "5"),
                new Remaining(null, List.of(pct("seller-7", "100"))));
    }

    /** Thirds that add up to exactly 100, no remaining destination. */
    public static PayoutRule thirds() {
        return rule("thirds", pct("a", "33.333"), pct("b", "33.333"), pct("c", "33.334"));
    }

    /** 300 to fee, then 10 % to platform, the rest to seller. */
    public static PayoutRule feePlatformSeller() {
        return rule("fee", fixed("fee", 300), pct("platform", "10"), Remaining.to("seller"));
    }
}
