package org.shoppingapi.rest.wire;

import java.util.List;
import java.util.Map;

/** A payout rule as a client sends it: POST/PUT /billing/payout-rules and each of {@code options.payout.rules}. */
public record PayoutRuleBodyJson(String ruleType, String ruleId, List<PayoutDestinationJson> destinations,
                                 Map<String, Object> metadata) {
}
