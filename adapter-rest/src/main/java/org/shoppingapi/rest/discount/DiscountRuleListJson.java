package org.shoppingapi.rest.discount;

import java.util.List;

/** One page of rules, {@code {"rules": [...], "paging_token"}}; the token only when more rules follow. */
public record DiscountRuleListJson(List<DiscountRuleJson> rules, String pagingToken) {
}
