package org.shoppingapi.ports.in.payout;

import org.shoppingapi.domain.payout.AccountPayoutRule;

/** PUT /billing/payout-rules/{id}: replaces a live rule's terms (a deleted rule is 409; its rule id may be taken). */
public interface ReplacePayoutRuleUseCase {

    AccountPayoutRule replace(ReplacePayoutRuleCommand command);
}
