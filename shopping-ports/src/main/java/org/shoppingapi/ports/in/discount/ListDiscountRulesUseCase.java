package org.shoppingapi.ports.in.discount;

/** GET /discounts/rules: the account's rules, newest first, one page at a time. */
public interface ListDiscountRulesUseCase {

    DiscountRulePage list(ListDiscountRulesQuery query);
}
