package org.shoppingapi.rest.wire;

import java.util.List;

/** An order line's read-only {@code payout_rule}: the terms fixed when its draft was completed. */
public record FixedPayoutRuleJson(String ruleId, String ruleType, List<PayoutDestinationJson> destinations) {
}
