package org.shoppingapi.jdbc.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
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
import org.shoppingapi.jdbc.PostgresDatabase;
import org.shoppingapi.jdbc.testing.TestDatabases;

/** Contract of the discount rule store on PostgreSQL, and the engine adapter that loads rules from it. */
class JdbiDiscountRuleStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static HikariDataSource dataSource;
    static Jdbi jdbi;
    static JdbiDiscountRuleStore store;

    @BeforeAll
    static void open() {
        dataSource = PostgresDatabase.pool(TestDatabases.create(JdbiDiscountRuleStoreTest.class).settings(4));
        PostgresDatabase.migrate(dataSource);
        jdbi = PostgresDatabase.jdbi(dataSource);
        store = new JdbiDiscountRuleStore(jdbi);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    private static String account(int n) {
        return String.format("T%08d", n);
    }

    private static DiscountRule rule(String name, Instant createdAt) {
        return new DiscountRule(UUID.randomUUID().toString(), name, DiscountType.PERIODIC, Reward.percentage("10"),
                AppliesTo.allItems(), null, null, null, true, Audit.created(createdAt, "client-1"));
    }

    @Test
    void every_field_round_trips_exactly() {
        String account = account(1);
        DiscountRule percentage = new DiscountRule(UUID.randomUUID().toString(), "Chairs 12.50 %",
                DiscountType.PERIODIC, Reward.percentage("12.50"), AppliesTo.items("175938", "chair-2"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59.999Z"), 3, true,
                new Audit(T0, "client-1", T0.plusMillis(5), null, null));
        DiscountRule amount = new DiscountRule(UUID.randomUUID().toString(), "50 off above 1000", DiscountType.TOTAL,
                Reward.amount(5000), AppliesTo.total(100000), null, null, null, false,
                Audit.created(T0.plusMillis(1), "client-2"));
        DiscountRule bigAmount = new DiscountRule(UUID.randomUUID().toString(), "huge", DiscountType.CUSTOMER,
                Reward.amount(Long.MAX_VALUE), AppliesTo.allItems(), null, null, null, true,
                Audit.created(T0.plusMillis(2), "client-3"));
        store.insert(account, percentage);
        store.insert(account, amount);
        store.insert(account, bigAmount);

        assertThat(store.find(account, percentage.id())).contains(percentage);
        assertThat(store.find(account, amount.id())).contains(amount);
        assertThat(store.find(account, bigAmount.id())).contains(bigAmount);
        // numeric keeps the scale the client sent; bigint keeps every minor unit.
        assertThat(store.find(account, percentage.id()).orElseThrow().reward().value()).isEqualByComparingTo("12.5")
                .hasToString("12.50");
        assertThat(store.findForUpdate(account, percentage.id())).contains(percentage);
    }

    @Test
    void another_accounts_rule_and_malformed_ids_are_never_found() {
        DiscountRule mine = rule("mine", T0);
        store.insert(account(2), mine);
        assertThat(store.find(account(3), mine.id())).isEmpty();
        assertThat(store.findForUpdate(account(3), mine.id())).isEmpty();
        assertThat(store.find(account(2), "not-a-uuid")).isEmpty();
        assertThat(store.find(account(2), UUID.randomUUID().toString())).isEmpty();
        assertThat(store.listNewestFirst(account(2), Optional.of("not-a-uuid"), 10)).isEmpty();
    }

    @Test
    void update_replaces_the_definition_and_state_but_keeps_creation_data_and_order() {
        String account = account(4);
        DiscountRule first = rule("first", T0);
        DiscountRule second = rule("second", T0);
        store.insert(account, first);
        store.insert(account, second);
        DiscountRule replaced = new DiscountRule(first.id(), "first, now fixed", DiscountType.LOYALTY,
                Reward.amount(250), AppliesTo.items("a"), T0, T0.plusSeconds(60), 1, false,
                first.audit().updated(T0.plusSeconds(9)));
        store.update(account, replaced);

        assertThat(store.find(account, first.id())).contains(replaced);
        assertThat(store.allInCreationOrder(account)).extracting(DiscountRule::id)
                .containsExactly(first.id(), second.id());
        DiscountRule foreign = new DiscountRule(first.id(), "x", DiscountType.LOYALTY, Reward.amount(1),
                AppliesTo.allItems(), null, null, null, true, first.audit());
        assertThatThrownBy(() -> store.update(account(5), foreign)).isInstanceOf(IllegalStateException.class);
        assertThat(store.find(account, first.id())).contains(replaced);
    }

    @Test
    void creation_order_is_created_at_then_insertion_so_same_millisecond_rules_never_swap() {
        String account = account(6);
        DiscountRule a = rule("a", T0);
        DiscountRule b = rule("b", T0);
        DiscountRule c = rule("c", T0);
        DiscountRule earlier = rule("earlier", T0.minusMillis(1));
        // Random UUIDs: their order says nothing, so only the sequence can keep a, b, c in insertion order.
        store.insert(account, a);
        store.insert(account, b);
        store.insert(account, c);
        store.insert(account, earlier);
        store.insert(account(7), rule("other account", T0));

        assertThat(store.allInCreationOrder(account)).extracting(DiscountRule::name)
                .containsExactly("earlier", "a", "b", "c");
        assertThat(store.listNewestFirst(account, Optional.empty(), 10)).extracting(DiscountRule::name)
                .containsExactly("c", "b", "a", "earlier");
    }

    @Test
    void pages_newest_first_after_the_given_rule() {
        String account = account(8);
        for (int i = 0; i < 5; i++) {
            store.insert(account, rule("r" + i, T0.plusSeconds(i / 2)));
        }
        List<DiscountRule> page1 = store.listNewestFirst(account, Optional.empty(), 2);
        assertThat(page1).extracting(DiscountRule::name).containsExactly("r4", "r3");
        List<DiscountRule> page2 = store.listNewestFirst(account, Optional.of(page1.get(1).id()), 2);
        assertThat(page2).extracting(DiscountRule::name).containsExactly("r2", "r1");
        List<DiscountRule> page3 = store.listNewestFirst(account, Optional.of(page2.get(1).id()), 2);
        assertThat(page3).extracting(DiscountRule::name).containsExactly("r0");
        assertThat(store.listNewestFirst(account, Optional.of(page3.get(0).id()), 2)).isEmpty();
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
        try (Connection c = dataSource.getConnection();
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
