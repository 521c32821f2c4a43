package org.shoppingapi.ports.out;

import java.util.Map;
import java.util.Set;
import org.shoppingapi.domain.payout.PayoutRule;

/** What drafts and completion need of the payout rule store: an account's live rules by rule id. */
@FunctionalInterface
public interface LivePayoutRules {

    /** For an embedding without stored payout rules: none is ever found. */
    LivePayoutRules NONE = (accountId, ruleIds) -> Map.of();

    /** The account's live rules whose rule id is one of {@code ruleIds}, by rule id. */
    Map<String, PayoutRule> liveRules(String accountId, Set<String> ruleIds);
}
