package org.shoppingapi.jdbc.payout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.jdbc.document.PayoutRuleDocuments;
import org.shoppingapi.jdbc.ListQuery;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.ports.out.PayoutRuleFilter;
import org.shoppingapi.ports.out.PayoutRuleStore;

/** Payout rules in PostgreSQL, one row each; the partial unique index keeps rule ids unique among live rules. */
public final class JdbiPayoutRuleStore implements PayoutRuleStore {

    private static final String COLUMNS = """
            id, rule_type, rule_id, document, created_at, created_by, updated_at, deleted_at, deleted_by""";
    private static final String LIVE_RULE_ID_INDEX = "payout_rules_live_rule_id";

    private final Jdbi jdbi;

    public JdbiPayoutRuleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(String accountId, AccountPayoutRule rule) {
        guarded(rule, () -> jdbi.useHandle(h -> bind(h.createUpdate("""
                        INSERT INTO payout_rules (account_id, id, rule_type, rule_id, document, created_at,
                                                  created_by, updated_at, deleted_at, deleted_by)
                        VALUES (:account_id, :id, :rule_type, :rule_id, CAST(:document AS jsonb), :created_at,
                                :created_by, :updated_at, :deleted_at, :deleted_by)
                        """), accountId, rule)
                .bind("created_at", Rows.timestamp(rule.audit().createdAt()))
                .bind("created_by", rule.audit().createdBy())
                .execute()));
    }

    @Override
    public Optional<AccountPayoutRule> find(String accountId, UUID id) {
        return findOne(accountId, id, "");
    }

    @Override
    public Optional<AccountPayoutRule> findForUpdate(String accountId, UUID id) {
        return findOne(accountId, id, " FOR UPDATE");
    }

    private Optional<AccountPayoutRule> findOne(String accountId, UUID id, String lock) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM payout_rules WHERE account_id = :a AND id = :id" + lock)
                .bind("a", accountId)
                .bind("id", id)
                .map(JdbiPayoutRuleStore::toRule)
                .findOne());
    }

    @Override
    public void update(String accountId, AccountPayoutRule rule) {
        int updated = guarded(rule, () -> jdbi.withHandle(h -> bind(h.createUpdate("""
                        UPDATE payout_rules
                           SET rule_type = :rule_type, rule_id = :rule_id, document = CAST(:document AS jsonb),
                               updated_at = :updated_at,
                               deleted_at = :deleted_at, deleted_by = :deleted_by
                         WHERE account_id = :account_id AND id = :id
                        """), accountId, rule)
                .execute()));
        if (updated != 1) {
            throw new IllegalStateException("payout rule " + rule.id() + " of " + accountId + " does not exist");
        }
    }

    @Override
    public boolean liveRuleIdTaken(String accountId, String ruleId, Optional<UUID> except) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM payout_rules
                                        WHERE account_id = :a AND rule_id = :rule_id AND deleted_at IS NULL
                                          AND id IS DISTINCT FROM :except)""")
                .bind("a", accountId)
                .bind("rule_id", ruleId)
                .bind("except", except.orElse(null))
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public Map<String, PayoutRule> liveRules(String accountId, Set<String> ruleIds) {
        if (ruleIds.isEmpty()) {
            return Map.of();
        }
        Map<String, PayoutRule> byRuleId = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM payout_rules"
                        + " WHERE account_id = :a AND rule_id = ANY(:rule_ids) AND deleted_at IS NULL")
                .bind("a", accountId)
                .bindArray("rule_ids", String.class, List.copyOf(ruleIds))
                .map(JdbiPayoutRuleStore::toRule)
                .forEach(rule -> byRuleId.put(rule.rule().ruleId(), rule.rule())));
        return byRuleId;
    }

    @Override
    public List<AccountPayoutRule> list(PayoutRuleFilter filter) {
        ListQuery query = new ListQuery(filter.accountId());
        filter.ruleType().ifPresent(type -> query.where("rule_type = :rule_type").bind("rule_type", wireType(type)));
        filter.ruleId().ifPresent(ruleId -> query.where("rule_id = :rule_id").bind("rule_id", ruleId));
        if (!filter.includeDeleted()) {
            query.where("deleted_at IS NULL");
        }
        query.after(filter.startingAfter());
        return jdbi.withHandle(h -> query.bindTo(h.createQuery(query.sql("SELECT " + COLUMNS + " FROM payout_rules",
                        filter.limit())))
                .map(JdbiPayoutRuleStore::toRule)
                .list());
    }

    /** Runs a write; a second live rule with the same rule id (a race the service's check missed) is the 409. */
    private static <T> T guarded(AccountPayoutRule rule, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (UnableToExecuteStatementException e) {
            if (Rows.violates(e, LIVE_RULE_ID_INDEX)) {
                throw AccountPayoutRule.duplicateRuleId(rule.rule().ruleId());
            }
            throw e;
        }
    }

    private static void guarded(AccountPayoutRule rule, Runnable write) {
        guarded(rule, () -> {
            write.run();
            return null;
        });
    }

    private static Update bind(Update update, String accountId, AccountPayoutRule rule) {
        return update
                .bind("account_id", accountId)
                .bind("id", UUID.fromString(rule.id()))
                .bind("rule_type", wireType(rule.rule().type()))
                .bind("rule_id", rule.rule().ruleId())
                .bind("document", PayoutRuleDocuments.write(rule.rule().destinations(), rule.metadata()))
                .bind("updated_at", Rows.timestamp(rule.audit().updatedAt()))
                .bind("deleted_at", Rows.timestamp(rule.audit().deletedAt()))
                .bind("deleted_by", rule.audit().deletedBy());
    }

    private static String wireType(PayoutRuleType type) {
        return PayoutRuleDocuments.columnName(type);
    }

    static AccountPayoutRule toRule(ResultSet rs, StatementContext ctx) throws SQLException {
        String row = "payout_rules " + rs.getString("id");
        PayoutRuleDocuments.Parts doc = PayoutRuleDocuments.read(rs.getString("document"), row);
        PayoutRule rule = new PayoutRule(PayoutRuleDocuments.ruleType(rs.getString("rule_type"), row),
                rs.getString("rule_id"), doc.destinations());
        Audit audit = new Audit(Rows.instant(rs, "created_at"), rs.getString("created_by"),
                Rows.instant(rs, "updated_at"), Rows.instant(rs, "deleted_at"), rs.getString("deleted_by"));
        return new AccountPayoutRule(rs.getObject("id", UUID.class).toString(), rule,
                doc.metadata(), audit);
    }
}
