package org.shoppingapi.ports.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.payout.AccountPayoutRule;

/**
 * Where an account's payout rules are kept. Rules are never removed, only marked deleted; among the live rules of an
 * account a rule id is unique, which the store guarantees also against concurrent writers (a violation throws the
 * {@code DUPLICATE_RULE_ID} conflict).
 */
public interface PayoutRuleStore extends LivePayoutRules {

    void insert(String accountId, AccountPayoutRule rule);

    /** The rule with {@code id} in {@code accountId}, live or deleted; another account's rule is never found. */
    Optional<AccountPayoutRule> find(String accountId, UUID id);

    /** Like {@link #find}, and holds the rule locked against other writers until the transaction ends. */
    Optional<AccountPayoutRule> findForUpdate(String accountId, UUID id);

    /** Writes the terms, metadata and audit of an existing rule. */
    void update(String accountId, AccountPayoutRule rule);

    /** Whether a live rule of the account other than {@code except} has {@code ruleId}. */
    boolean liveRuleIdTaken(String accountId, String ruleId, Optional<UUID> except);

    /** Up to {@code filter.limit()} rules newest first, after the filter's cursor. */
    List<AccountPayoutRule> list(PayoutRuleFilter filter);
}
