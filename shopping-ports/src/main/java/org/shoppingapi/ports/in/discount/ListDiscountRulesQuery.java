package org.shoppingapi.ports.in.discount;

import java.util.Optional;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.AccountId;

/**
 * GET /discounts/rules: one page of the account's rules, newest first, {@code limit} 1..100 (default 10), after the
 * rule named by the {@code starting_after} token of the previous page.
 */
public record ListDiscountRulesQuery(String accountId, int limit, Optional<String> startingAfter) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public ListDiscountRulesQuery {
        AccountId.require(accountId);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        startingAfter = startingAfter == null ? Optional.empty() : startingAfter;
    }
}
