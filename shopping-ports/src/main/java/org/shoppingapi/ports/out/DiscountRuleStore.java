package org.shoppingapi.ports.out;

import java.util.List;
import java.util.Optional;
import org.shoppingapi.domain.discount.DiscountRule;

/**
 * Where an account's discount rules are kept. Rules are never removed, and their creation order is fixed at insert
 * (ties in {@code created_at} broken by the order of insertion), because the engine applies them in that order.
 */
public interface DiscountRuleStore {

    void insert(String accountId, DiscountRule rule);

    /** The rule with {@code ruleId} in {@code accountId}; another account's rule (or a malformed id) is never found. */
    Optional<DiscountRule> find(String accountId, String ruleId);

    /** Like {@link #find}, and holds the rule locked against other writers until the transaction ends. */
    Optional<DiscountRule> findForUpdate(String accountId, String ruleId);

    /** Writes everything of an existing rule but its id, account and creation data. */
    void update(String accountId, DiscountRule rule);

    /** Up to {@code limit} rules newest first, after the rule {@code startingAfter} when given. */
    List<DiscountRule> listNewestFirst(String accountId, Optional<String> startingAfter, int limit);

    /** Every rule of the account, active or not, oldest first: the order in which they apply. */
    List<DiscountRule> allInCreationOrder(String accountId);
}
