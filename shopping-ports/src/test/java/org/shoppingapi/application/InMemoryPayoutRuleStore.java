package org.shoppingapi.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.ports.out.PayoutRuleFilter;
import org.shoppingapi.ports.out.PayoutRuleStore;

/**
 * The payout rule store in memory, for service tests, held to the same {@code PayoutRuleStoreContract} as the
 * PostgreSQL store ({@link InMemoryPayoutRuleStoreContractTest}): live rule-id uniqueness, PostgreSQL's list order,
 * and undone with a failed {@link InMemoryTransactions}.
 */
final class InMemoryPayoutRuleStore implements PayoutRuleStore, InMemoryTransactions.Undoable {

    private static final Comparator<AccountPayoutRule> NEWEST_FIRST =
            InMemoryPaging.newestFirst(r -> r.audit().createdAt(), r -> UUID.fromString(r.id()));

    private record Key(String accountId, UUID id) {
    }

    private final Map<Key, AccountPayoutRule> rules = new LinkedHashMap<>();

    @Override
    public synchronized void insert(String accountId, AccountPayoutRule rule) {
        requireUnique(accountId, rule);
        rules.put(new Key(accountId, UUID.fromString(rule.id())), rule);
    }

    @Override
    public synchronized Optional<AccountPayoutRule> find(String accountId, UUID id) {
        return Optional.ofNullable(rules.get(new Key(accountId, id)));
    }

    @Override
    public Optional<AccountPayoutRule> findForUpdate(String accountId, UUID id) {
        return find(accountId, id);
    }

    @Override
    public synchronized void update(String accountId, AccountPayoutRule rule) {
        Key key = new Key(accountId, UUID.fromString(rule.id()));
        if (!rules.containsKey(key)) {
            throw new IllegalStateException("no such rule");
        }
        requireUnique(accountId, rule);
        rules.put(key, rule);
    }

    @Override
    public synchronized boolean liveRuleIdTaken(String accountId, String ruleId, Optional<UUID> except) {
        return rules.entrySet().stream().anyMatch(e -> e.getKey().accountId().equals(accountId)
                && e.getValue().isLive() && e.getValue().rule().ruleId().equals(ruleId)
                && !except.map(e.getKey().id()::equals).orElse(false));
    }

    @Override
    public synchronized Map<String, PayoutRule> liveRules(String accountId, Set<String> ruleIds) {
        Map<String, PayoutRule> found = new LinkedHashMap<>();
        rules.forEach((key, rule) -> {
            if (key.accountId().equals(accountId) && rule.isLive() && ruleIds.contains(rule.rule().ruleId())) {
                found.put(rule.rule().ruleId(), rule.rule());
            }
        });
        return found;
    }

    @Override
    public synchronized List<AccountPayoutRule> list(PayoutRuleFilter filter) {
        List<AccountPayoutRule> out = new ArrayList<>();
        rules.entrySet().stream()
                .filter(e -> e.getKey().accountId().equals(filter.accountId()))
                .map(Map.Entry::getValue)
                .filter(r -> filter.includeDeleted() || r.isLive())
                .filter(r -> filter.ruleId().map(r.rule().ruleId()::equals).orElse(true))
                .filter(r -> filter.ruleType().map(t -> t == r.rule().type()).orElse(true))
                .filter(r -> filter.startingAfter()
                        .map(c -> InMemoryPaging.after(r.audit().createdAt(), UUID.fromString(r.id()), c)).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(filter.limit())
                .forEach(out::add);
        return out;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<Key, AccountPayoutRule> copy = new LinkedHashMap<>(rules);
        return () -> {
            synchronized (this) {
                rules.clear();
                rules.putAll(copy);
            }
        };
    }

    private void requireUnique(String accountId, AccountPayoutRule rule) {
        if (rule.isLive() && liveRuleIdTaken(accountId, rule.rule().ruleId(), Optional.of(UUID.fromString(rule.id())))) {
            throw AccountPayoutRule.duplicateRuleId(rule.rule().ruleId());
        }
    }
}
