package org.shoppingapi.ports.in.payout;

import java.util.UUID;
import org.shoppingapi.domain.payout.AccountPayoutRule;

/** GET /billing/payout-rules/{id}: one rule of the account, live or deleted ({@code NotFoundException} otherwise). */
public interface GetPayoutRuleUseCase {

    AccountPayoutRule get(String accountId, UUID id);
}
