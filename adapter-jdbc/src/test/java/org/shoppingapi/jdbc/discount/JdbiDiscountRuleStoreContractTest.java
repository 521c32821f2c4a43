package org.shoppingapi.jdbc.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.DiscountRuleStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.DiscountRuleStoreContract;

/**
 * The {@code DiscountRuleStore} contract ({@link DiscountRuleStoreContract}: round trip, account scoping, update,
 * creation order, paging, rollback) against PostgreSQL, and what only this store has to show: row locks, column
 * types and index, and the engine adapter that loads the rules from it.
 */
class JdbiDiscountRuleStoreContractTest extends DiscountRuleStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static MigratedDatabase db;
    static Jdbi jdbi;
    static JdbiDiscountRuleStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiDiscountRuleStoreContractTest.class, 4);
        jdbi = db.jdbi();
        store = new JdbiDiscountRuleStore(jdbi);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    protected DiscountRuleStore rules() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(jdbi);
    }

    private static String account(int n) {
        return String.format("T%08d", n);
    }

    @Test
    void find_for_update_holds_the_row_until_the_transaction_ends() throws SQLException {
        String account = account(9);
        DiscountRule r = rule("locked", T0);
        store.insert(account, r);
        new JdbiTransactions(jdbi).inTransaction(() -> {
            assertThat(store.findForUpdate(account, r.id())).isPresent();
            assertThatThrownBy(() -> lockFromAnotherConnection(r.id()))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("55P03"));
            return null;
        });
        lockFromAnotherConnection(r.id()); // free again after commit
    }

    private static void lockFromAnotherConnection(String id) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT 1 FROM discount_rules WHERE id = ? FOR UPDATE NOWAIT")) {
            st.setObject(1, UUID.fromString(id));
            st.executeQuery().close();
        }
    }

    @Test
    void money_columns_are_bigint_and_lists_have_their_index() {
        List<String> types = jdbi.withHandle(h -> h.createQuery("""
                        SELECT column_name || ':' || data_type FROM information_schema.columns
                         WHERE table_name = 'discount_rules'
                           AND column_name IN ('reward_amount', 'minimum_gross', 'reward_percentage')
                         ORDER BY column_name""").mapTo(String.class).list());
        assertThat(types).containsExactly("minimum_gross:bigint", "reward_amount:bigint",
                "reward_percentage:numeric");
        String index = jdbi.withHandle(h -> h.createQuery(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'discount_rules_account_created'")
                .mapTo(String.class).one());
        assertThat(index).contains("(account_id, created_at, creation_seq)");
    }

    @Test
    void the_engine_adapter_applies_only_the_accounts_rules_in_creation_order() {
        String account = account(10);
        DiscountRule tenPct = rule("10 %", T0);
        DiscountRule fixed = new DiscountRule(UUID.randomUUID().toString(), "100 off", DiscountType.CUSTOMER,
                Reward.amount(100), AppliesTo.allItems(), null, null, null, true, Audit.created(T0, "client-1"));
        DiscountRule deactivated = rule("off", T0.minusSeconds(1)).deactivated(Audit.created(T0, "client-1"));
        store.insert(account, tenPct);
        store.insert(account, fixed);
        store.insert(account, deactivated);
        store.insert(account(11), rule("someone else's 50 %", T0.minusSeconds(5)));

        Clock clock = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
        StoredRulesDiscountEngine engine = new StoredRulesDiscountEngine(store, clock);
        Item item = Item.of("sku", 1, "chair", BigDecimal.ONE, 10000, List.of(TaxLine.of("25")))
                .withDiscountLines(List.of(DiscountLine.of(1000, DiscountType.MANUAL),
                        new DiscountLine(777, null, DiscountType.PERIODIC, deactivated.id(), "off", 2)));
        OrderContent content = new OrderContent(null, "NOK", null, List.of(item), null, Extensions.NONE);

        OrderContent priced = engine.forAccount(account).apply(content);

        // Manual 1000 kept, the deactivated rule's line dropped; 10 % of 9000 = 900, then 100 off the rest.
        assertThat(priced.item(1).orElseThrow().discountLines()).containsExactly(
                DiscountLine.of(1000, DiscountType.MANUAL),
                new DiscountLine(900, BigDecimal.TEN, DiscountType.PERIODIC, tenPct.id(), "10 %", 2),
                new DiscountLine(100, null, DiscountType.CUSTOMER, fixed.id(), "100 off", 3));
        assertThat(new StoredRulesDiscountEngine(store, clock).forAccount(account(12)).apply(content))
                .isEqualTo(content);
    }
}
