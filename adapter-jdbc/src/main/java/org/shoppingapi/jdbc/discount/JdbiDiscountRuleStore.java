package org.shoppingapi.jdbc.discount;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.jdbc.ColumnValues;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.ports.out.DiscountRuleStore;

/** Discount rules in PostgreSQL, one row each, in a fixed creation order (created_at, creation_seq). */
public final class JdbiDiscountRuleStore implements DiscountRuleStore {

    private static final String COLUMNS = """
            id, name, discount_type, reward_type, reward_percentage, reward_amount, applies_to_type, item_ids,
            minimum_gross, active_from, active_to, limitation, active, created_at, created_by, updated_at""";

    private final Jdbi jdbi;

    public JdbiDiscountRuleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(String accountId, DiscountRule rule) {
        jdbi.useHandle(h -> bindDefinition(h.createUpdate("""
                        INSERT INTO discount_rules (id, account_id, name, discount_type, reward_type, reward_percentage,
                                                    reward_amount, applies_to_type, item_ids, minimum_gross, active_from,
                                                    active_to, limitation, active, created_at, created_by, updated_at)
                        VALUES (:id, :account_id, :name, :discount_type, :reward_type, :reward_percentage,
                                :reward_amount, :applies_to_type, :item_ids, :minimum_gross, :active_from,
                                :active_to, :limitation, :active, :created_at, :created_by, :updated_at)
                        """), rule)
                .bind("id", UUID.fromString(rule.id()))
                .bind("account_id", accountId)
                .bind("created_at", Rows.timestamp(rule.audit().createdAt()))
                .bind("created_by", rule.audit().createdBy())
                .execute());
    }

    @Override
    public Optional<DiscountRule> find(String accountId, String ruleId) {
        return findOne(accountId, ruleId, "");
    }

    @Override
    public Optional<DiscountRule> findForUpdate(String accountId, String ruleId) {
        return findOne(accountId, ruleId, " FOR UPDATE");
    }

    private Optional<DiscountRule> findOne(String accountId, String ruleId, String lock) {
        Optional<UUID> id = Rows.uuid(ruleId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM discount_rules WHERE account_id = :a AND id = :id" + lock)
                .bind("a", accountId)
                .bind("id", id.get())
                .map(JdbiDiscountRuleStore::toRule)
                .findOne());
    }

    @Override
    public void update(String accountId, DiscountRule rule) {
        int updated = jdbi.withHandle(h -> bindDefinition(h.createUpdate("""
                        UPDATE discount_rules
                           SET name = :name, discount_type = :discount_type, reward_type = :reward_type,
                               reward_percentage = :reward_percentage, reward_amount = :reward_amount,
                               applies_to_type = :applies_to_type, item_ids = :item_ids, minimum_gross = :minimum_gross,
                               active_from = :active_from, active_to = :active_to, limitation = :limitation,
                               active = :active, updated_at = :updated_at
                         WHERE account_id = :account_id AND id = :id
                        """), rule)
                .bind("id", UUID.fromString(rule.id()))
                .bind("account_id", accountId)
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("discount rule " + rule.id() + " of " + accountId + " does not exist");
        }
    }

    @Override
    public List<DiscountRule> listNewestFirst(String accountId, Optional<String> startingAfter, int limit) {
        Optional<UUID> after = startingAfter.flatMap(Rows::uuid);
        if (startingAfter.isPresent() && after.isEmpty()) {
            return List.of();
        }
        String cursor = after.isEmpty() ? "" : " AND (created_at, creation_seq) < (SELECT created_at, creation_seq"
                + " FROM discount_rules WHERE account_id = :a AND id = :after)";
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("SELECT " + COLUMNS + " FROM discount_rules WHERE account_id = :a"
                            + cursor + " ORDER BY created_at DESC, creation_seq DESC LIMIT :limit")
                    .bind("a", accountId)
                    .bind("limit", limit);
            after.ifPresent(id -> query.bind("after", id));
            return query.map(JdbiDiscountRuleStore::toRule).list();
        });
    }

    @Override
    public List<DiscountRule> allInCreationOrder(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM discount_rules WHERE account_id = :a ORDER BY created_at, creation_seq")
                .bind("a", accountId)
                .map(JdbiDiscountRuleStore::toRule)
                .list());
    }

    /** Binds what a client defines plus the state that an update may change. */
    private static <S extends SqlStatement<S>> S bindDefinition(S statement, DiscountRule rule) {
        boolean percentage = rule.reward().type() == Reward.Type.PERCENTAGE;
        return statement
                .bind("name", rule.name())
                .bind("discount_type", ColumnValues.of(rule.discountType()))
                .bind("reward_type", ColumnValues.of(rule.reward().type()))
                .bind("reward_percentage", percentage ? rule.reward().value() : null)
                .bindByType("reward_amount", percentage ? null : rule.reward().value().longValueExact(), Long.class)
                .bind("applies_to_type", ColumnValues.of(rule.appliesTo().type()))
                .bindArray("item_ids", String.class, rule.appliesTo().itemIds())
                .bindByType("minimum_gross", rule.appliesTo().minimumGross(), Long.class)
                .bind("active_from", Rows.timestamp(rule.activeFrom()))
                .bind("active_to", Rows.timestamp(rule.activeTo()))
                .bindByType("limitation", rule.limitation(), Integer.class)
                .bind("active", rule.active())
                .bind("updated_at", Rows.timestamp(rule.audit().updatedAt()));
    }

    static DiscountRule toRule(ResultSet rs, StatementContext ctx) throws SQLException {
        Reward.Type rewardType = ColumnValues.rewardType(rs.getString("reward_type"));
        BigDecimal value = rewardType == Reward.Type.PERCENTAGE ? rs.getBigDecimal("reward_percentage")
                : BigDecimal.valueOf(rs.getLong("reward_amount"));
        Array itemIds = rs.getArray("item_ids");
        AppliesTo appliesTo = new AppliesTo(ColumnValues.appliesToType(rs.getString("applies_to_type")),
                Arrays.asList((String[]) itemIds.getArray()), rs.getObject("minimum_gross", Long.class));
        Audit audit = new Audit(Rows.instant(rs, "created_at"), rs.getString("created_by"),
                Rows.instant(rs, "updated_at"), null, null);
        return new DiscountRule(rs.getObject("id", UUID.class).toString(), rs.getString("name"),
                ColumnValues.discountType(rs.getString("discount_type")), new Reward(rewardType, value), appliesTo,
                Rows.instant(rs, "active_from"), Rows.instant(rs, "active_to"),
                rs.getObject("limitation", Integer.class),
                rs.getBoolean("active"), audit);
    }
}
