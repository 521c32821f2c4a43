package org.shoppingapi.ports.in.payout;

import org.shoppingapi.domain.payout.AccountPayoutRule;

/** DELETE /billing/payout-rules/{id}: marks the rule deleted and answers it; a second DELETE changes nothing. */
public interface DeletePayoutRuleUseCase {

    AccountPayoutRule delete(DeletePayoutRuleCommand command);
}
