package org.shoppingapi.ports.in.discount;

import org.shoppingapi.domain.discount.DiscountRule;

/** GET /discounts/rules/{id}: one rule of the account, active or not. */
public interface GetDiscountRuleUseCase {

    /** The rule, or {@code NotFoundException} when the account has no such rule. */
    DiscountRule get(String accountId, String ruleId);
}
