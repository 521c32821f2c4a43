package org.shoppingapi.ports.in.discount;

import org.shoppingapi.domain.discount.DiscountRule;

/** PUT /discounts/rules/{id}: replaces the rule's definition; it keeps its id and place in the creation order. */
public interface ReplaceDiscountRuleUseCase {

    DiscountRule replace(ReplaceDiscountRuleCommand command);
}
