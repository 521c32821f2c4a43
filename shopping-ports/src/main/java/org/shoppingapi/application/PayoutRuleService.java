package org.shoppingapi.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.ports.in.payout.CreatePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.CreatePayoutRuleUseCase;
import org.shoppingapi.ports.in.payout.DeletePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.DeletePayoutRuleUseCase;
import org.shoppingapi.ports.in.payout.GetPayoutRuleUseCase;
import org.shoppingapi.ports.in.payout.ListPayoutRulesQuery;
import org.shoppingapi.ports.in.payout.ListPayoutRulesUseCase;
import org.shoppingapi.ports.in.payout.ReplacePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.ReplacePayoutRuleUseCase;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.PayoutRuleFilter;
import org.shoppingapi.ports.out.PayoutRuleStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * The payout rule use cases: the definition validates itself, the service keeps rule ids unique among the live
 * rules (a clean 409 before the store's own guard), writes lock the rule they change.
 */
public final class PayoutRuleService implements CreatePayoutRuleUseCase, GetPayoutRuleUseCase,
        ListPayoutRulesUseCase, ReplacePayoutRuleUseCase, DeletePayoutRuleUseCase {

    private static final String RESOURCE = "payout_rule";

    private final PayoutRuleStore rules;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public PayoutRuleService(PayoutRuleStore rules, Transactions transactions, Ids ids, Clock clock) {
        this.rules = rules;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public AccountPayoutRule create(CreatePayoutRuleCommand command) {
        String accountId = command.caller().accountId();
        AccountPayoutRule rule = new AccountPayoutRule(ids.newId().toString(), command.definition().rule(),
                command.definition().metadata(), Audit.created(clock.instant(), command.caller().clientId()));
        return transactions.inTransaction(() -> {
            requireFree(accountId, rule, Optional.empty());
            rules.insert(accountId, rule);
            return rule;
        });
    }

    @Override
    public AccountPayoutRule get(String accountId, UUID id) {
        AccountId.require(accountId);
        return rules.find(accountId, id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @Override
    public Page<AccountPayoutRule> list(ListPayoutRulesQuery query) {
        return Page.fromLookahead(rules.list(new PayoutRuleFilter(query.accountId(), query.ruleType(),
                        query.ruleId(), query.includeDeleted(), query.startingAfter(), query.limit() + 1)),
                query.limit(), r -> new PageCursor(r.audit().createdAt(), UUID.fromString(r.id())));
    }

    @Override
    public AccountPayoutRule replace(ReplacePayoutRuleCommand command) {
        String accountId = command.caller().accountId();
        return transactions.inTransaction(() -> {
            AccountPayoutRule current = locked(accountId, command.id());
            if (!current.isLive()) {
                throw new ConflictException(AccountPayoutRule.RULE_DELETED, "payout rule " + current.id()
                        + " is deleted and cannot be changed; create a new rule instead");
            }
            AccountPayoutRule replaced = current.replaced(command.definition().rule(),
                    command.definition().metadata(), clock.instant());
            requireFree(accountId, replaced, Optional.of(command.id()));
            rules.update(accountId, replaced);
            return replaced;
        });
    }

    @Override
    public AccountPayoutRule delete(DeletePayoutRuleCommand command) {
        String accountId = command.caller().accountId();
        return transactions.inTransaction(() -> {
            AccountPayoutRule current = locked(accountId, command.id());
            AccountPayoutRule deleted = current.deleted(clock.instant(), command.caller().clientId());
            if (deleted != current) {
                rules.update(accountId, deleted);
            }
            return deleted;
        });
    }

    private void requireFree(String accountId, AccountPayoutRule rule, Optional<UUID> except) {
        if (rules.liveRuleIdTaken(accountId, rule.rule().ruleId(), except)) {
            throw AccountPayoutRule.duplicateRuleId(rule.rule().ruleId());
        }
    }

    private AccountPayoutRule locked(String accountId, UUID id) {
        return rules.findForUpdate(accountId, id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }
}
