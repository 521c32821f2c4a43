package org.shoppingapi.ports.out;

import java.util.Optional;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.ports.paging.PageCursor;

/** Which payout rules a list reads: the account's, of one type or rule id, deleted ones too or not, newest first. */
public record PayoutRuleFilter(String accountId, Optional<PayoutRuleType> ruleType, Optional<String> ruleId,
                               boolean includeDeleted, Optional<PageCursor> startingAfter, int limit) {
}
