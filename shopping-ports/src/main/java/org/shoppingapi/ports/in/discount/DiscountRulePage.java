package org.shoppingapi.ports.in.discount;

import java.util.List;
import java.util.Optional;
import org.shoppingapi.domain.discount.DiscountRule;

/** One page of rules, newest first, and the token for the next page when more rules follow. */
public record DiscountRulePage(List<DiscountRule> rules, Optional<String> pagingToken) {

    public DiscountRulePage {
        rules = List.copyOf(rules);
        pagingToken = pagingToken == null ? Optional.empty() : pagingToken;
    }
}
