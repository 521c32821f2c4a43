package org.shoppingapi.ports.in.discount;

import org.shoppingapi.domain.discount.DiscountRule;

/** DELETE /discounts/rules/{id}: switches the rule off; it stays readable and can be switched on by PUT. */
public interface DeactivateDiscountRuleUseCase {

    DiscountRule deactivate(DeactivateDiscountRuleCommand command);
}
