package org.shoppingapi.jdbc.discount;

import java.time.Clock;
import org.shoppingapi.domain.pricing.DiscountApplier;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.DiscountRuleStore;

/**
 * The {@code apply_discounts=true} engine: loads the account's rules (all of them, oldest first, so lines of
 * deactivated rules are recognised and dropped) and hands them to the pure domain engine. It evaluates nothing itself.
 */
public final class StoredRulesDiscountEngine implements DiscountEngine {

    private final DiscountRuleStore rules;
    private final Clock clock;

    public StoredRulesDiscountEngine(DiscountRuleStore rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public DiscountApplier forAccount(String accountId) {
        // Loaded now, inside the caller's transaction, so the draft is priced with the rules of that moment.
        return org.shoppingapi.domain.discount.DiscountEngine.applier(rules.allInCreationOrder(accountId),
                clock.instant());
    }
}
