package org.shoppingapi.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.ports.out.DiscountRuleStore;

/**
 * Discount rules in memory for service tests, held to the same {@code DiscountRuleStoreContract} as the PostgreSQL
 * store ({@link InMemoryDiscountRuleStoreContractTest}): per account, creation order by created_at then insertion,
 * undone with a failed {@link InMemoryTransactions}; it counts the locks and updates the service asks for.
 */
final class InMemoryDiscountRuleStore implements DiscountRuleStore, InMemoryTransactions.Undoable {

    /** A stored rule with its account and insertion sequence (PostgreSQL's creation_seq). */
    private record Row(String accountId, long seq, DiscountRule rule) {
    }

    private static final Comparator<Row> CREATION_ORDER =
            Comparator.comparing((Row r) -> r.rule().audit().createdAt()).thenComparingLong(Row::seq);

    private final Map<List<String>, Row> rows = new LinkedHashMap<>();
    private long nextSeq;
    /** The ids the service locked, in order. */
    final List<String> lockedIds = new ArrayList<>();
    /** How many updates the service made. */
    int updates;

    @Override
    public synchronized void insert(String accountId, DiscountRule rule) {
        if (rows.containsKey(List.of(accountId, rule.id()))) {
            throw new IllegalStateException("discount rule " + rule.id() + " exists");
        }
        rows.put(List.of(accountId, rule.id()), new Row(accountId, nextSeq++, rule));
    }

    @Override
    public synchronized Optional<DiscountRule> find(String accountId, String ruleId) {
        return Optional.ofNullable(rows.get(List.of(accountId, ruleId))).map(Row::rule);
    }

    @Override
    public synchronized Optional<DiscountRule> findForUpdate(String accountId, String ruleId) {
        lockedIds.add(ruleId);
        return find(accountId, ruleId);
    }

    @Override
    public synchronized void update(String accountId, DiscountRule rule) {
        Row stored = rows.get(List.of(accountId, rule.id()));
        if (stored == null) {
            throw new IllegalStateException("discount rule " + rule.id() + " of " + accountId + " does not exist");
        }
        updates++;
        // Id, account and creation data stay as inserted, as the PostgreSQL store keeps them.
        Audit created = stored.rule().audit();
        Audit audit = new Audit(created.createdAt(), created.createdBy(), rule.audit().updatedAt(),
                created.deletedAt(), created.deletedBy());
        rows.put(List.of(accountId, rule.id()), new Row(accountId, stored.seq(), new DiscountRule(rule.id(),
                rule.name(), rule.discountType(), rule.reward(), rule.appliesTo(), rule.activeFrom(),
                rule.activeTo(), rule.limitation(), rule.active(), audit)));
    }

    @Override
    public synchronized List<DiscountRule> listNewestFirst(String accountId, Optional<String> startingAfter,
                                                           int limit) {
        List<Row> newestFirst = rowsOf(accountId).reversed();
        int from = 0;
        if (startingAfter.isPresent()) {
            Row cursor = rows.get(List.of(accountId, startingAfter.get()));
            if (cursor == null) {
                return List.of();
            }
            from = newestFirst.indexOf(cursor) + 1;
        }
        return newestFirst.subList(from, Math.min(newestFirst.size(), from + limit)).stream().map(Row::rule).toList();
    }

    @Override
    public synchronized List<DiscountRule> allInCreationOrder(String accountId) {
        return rowsOf(accountId).stream().map(Row::rule).toList();
    }

    private List<Row> rowsOf(String accountId) {
        return rows.values().stream().filter(r -> r.accountId().equals(accountId)).sorted(CREATION_ORDER).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<List<String>, Row> copy = new LinkedHashMap<>(rows);
        long seq = nextSeq;
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
                nextSeq = seq;
            }
        };
    }
}
