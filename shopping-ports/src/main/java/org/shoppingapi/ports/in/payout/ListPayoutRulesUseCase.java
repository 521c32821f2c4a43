package org.shoppingapi.ports.in.payout;

import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.ports.paging.Page;

/** GET /billing/payout-rules: the account's rules, newest first, one page at a time. */
public interface ListPayoutRulesUseCase {

    Page<AccountPayoutRule> list(ListPayoutRulesQuery query);
}
