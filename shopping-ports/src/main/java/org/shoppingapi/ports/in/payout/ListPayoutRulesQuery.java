package org.shoppingapi.ports.in.payout;

import java.util.Optional;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.ports.paging.PageLimit;

/**
 * GET of the payout rules: newest first, optionally only one rule type or one rule id, deleted rules only when
 * asked for, {@code limit} per page after the {@code startingAfter} cursor.
 */
public record ListPayoutRulesQuery(String accountId, Optional<PayoutRuleType> ruleType, Optional<String> ruleId,
                                   boolean includeDeleted, int limit, Optional<PageCursor> startingAfter) {

    public ListPayoutRulesQuery {
        AccountId.require(accountId);
        ruleType = ruleType == null ? Optional.empty() : ruleType;
        ruleId = ruleId == null ? Optional.empty() : ruleId;
        limit = PageLimit.of(limit);
        startingAfter = startingAfter == null ? Optional.empty() : startingAfter;
    }
}
