package org.shoppingapi.domain.payout;

import java.util.List;
import java.util.Objects;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.money.Amounts;

/** An amount split by a rule: the rule's identity and every destination's share, in the rule's order. */
public record PayoutSplit(String ruleId, PayoutRuleType ruleType, List<PayoutShare> shares) {

    public PayoutSplit {
        Objects.requireNonNull(ruleType, "ruleType");
        shares = Attributes.list(shares);
    }

    /** Σ shares, which always equals the amount that was split. */
    public long total() {
        return Amounts.sum(shares, PayoutShare::amount);
    }
}
