package org.shoppingapi.rest.wire;

import java.util.List;

/** A payment operation item's {@code payout}: how its amount is split among the rule's destinations. */
public record PayoutSplitJson(String ruleId, String ruleType, List<ShareJson> destinations) {

    /** One destination's share, in minor units. */
    public record ShareJson(String destination, long amount) {
    }
}
