package org.shoppingapi.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.ports.in.discount.CreateDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.CreateDiscountRuleUseCase;
import org.shoppingapi.ports.in.discount.DeactivateDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.DeactivateDiscountRuleUseCase;
import org.shoppingapi.ports.in.discount.DiscountRulePage;
import org.shoppingapi.ports.in.discount.GetDiscountRuleUseCase;
import org.shoppingapi.ports.in.discount.ListDiscountRulesQuery;
import org.shoppingapi.ports.in.discount.ListDiscountRulesUseCase;
import org.shoppingapi.ports.in.discount.ReplaceDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.ReplaceDiscountRuleUseCase;
import org.shoppingapi.ports.out.DiscountRuleStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.Transactions;

/** The discount rule use cases: the rule validates itself, the store keeps it; writes lock the rule they change. */
public final class DiscountRuleService implements CreateDiscountRuleUseCase, GetDiscountRuleUseCase,
        ListDiscountRulesUseCase, ReplaceDiscountRuleUseCase, DeactivateDiscountRuleUseCase {

    private static final String RESOURCE = "discount_rule";

    private final DiscountRuleStore rules;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public DiscountRuleService(DiscountRuleStore rules, Transactions transactions, Ids ids, Clock clock) {
        this.rules = rules;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public DiscountRule create(CreateDiscountRuleCommand command) {
        DiscountRule rule = command.definition().toRule(ids.newId().toString(), command.active(),
                Audit.created(clock.instant(), command.caller().clientId()));
        return transactions.inTransaction(() -> {
            rules.insert(command.caller().accountId(), rule);
            return rule;
        });
    }

    @Override
    public DiscountRule get(String accountId, String ruleId) {
        AccountId.require(accountId);
        return rules.find(accountId, ruleId).orElseThrow(() -> new NotFoundException(RESOURCE, ruleId));
    }

    @Override
    public DiscountRulePage list(ListDiscountRulesQuery query) {
        return transactions.inTransaction(() -> {
            if (query.startingAfter().isPresent()
                    && rules.find(query.accountId(), query.startingAfter().get()).isEmpty()) {
                throw ValidationException.of("starting_after", "is not a paging token of this list");
            }
            // One row more than asked tells whether a next page exists without a count query.
            List<DiscountRule> found = rules.listNewestFirst(query.accountId(), query.startingAfter(),
                    query.limit() + 1);
            if (found.size() <= query.limit()) {
                return new DiscountRulePage(found, Optional.empty());
            }
            List<DiscountRule> page = found.subList(0, query.limit());
            // Rules are never removed, so the last rule's id is a cursor that stays valid.
            return new DiscountRulePage(page, Optional.of(page.get(page.size() - 1).id()));
        });
    }

    @Override
    public DiscountRule replace(ReplaceDiscountRuleCommand command) {
        String accountId = command.caller().accountId();
        return transactions.inTransaction(() -> {
            DiscountRule current = lockedRule(accountId, command.ruleId());
            DiscountRule replaced = command.definition().toRule(current.id(),
                    command.active().orElse(current.active()), current.audit().updated(clock.instant()));
            rules.update(accountId, replaced);
            return replaced;
        });
    }

    @Override
    public DiscountRule deactivate(DeactivateDiscountRuleCommand command) {
        String accountId = command.caller().accountId();
        return transactions.inTransaction(() -> {
            DiscountRule current = lockedRule(accountId, command.ruleId());
            if (!current.active()) {
                return current; // DELETE is idempotent: a second one changes nothing.
            }
            DiscountRule deactivated = current.deactivated(current.audit().updated(clock.instant()));
            rules.update(accountId, deactivated);
            return deactivated;
        });
    }

    private DiscountRule lockedRule(String accountId, String ruleId) {
        return rules.findForUpdate(accountId, ruleId).orElseThrow(() -> new NotFoundException(RESOURCE, ruleId));
    }
}
