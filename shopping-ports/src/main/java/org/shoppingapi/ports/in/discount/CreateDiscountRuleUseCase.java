package org.shoppingapi.ports.in.discount;

import org.shoppingapi.domain.discount.DiscountRule;

/** POST /discounts/rules: a new rule, applied after every older rule of the account. */
public interface CreateDiscountRuleUseCase {

    DiscountRule create(CreateDiscountRuleCommand command);
}
