package org.shoppingapi.rest.wire;

import java.util.List;

/** GET /billing/payout-rules: one page, newest first, and the token of the next page when there is one. */
public record PayoutRuleListJson(List<PayoutRuleJson> payoutRules, String pagingToken) {
}
