package org.shoppingapi.ports.in.payout;

import org.shoppingapi.domain.payout.AccountPayoutRule;

/** POST /billing/payout-rules: a new rule; its rule id must not be the rule id of another live rule (409). */
public interface CreatePayoutRuleUseCase {

    AccountPayoutRule create(CreatePayoutRuleCommand command);
}
