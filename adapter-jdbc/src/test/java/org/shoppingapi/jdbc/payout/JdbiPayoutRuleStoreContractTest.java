package org.shoppingapi.jdbc.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutDestination.Fixed;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.PayoutRuleFilter;
import org.shoppingapi.ports.paging.PageCursor;

/** Contract of the payout rule store on PostgreSQL: exact round trip, live rule-id uniqueness, filters, paging. */
class JdbiPayoutRuleStoreContractTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static MigratedDatabase db;
    static JdbiPayoutRuleStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiPayoutRuleStoreContractTest.class, 4);
        store = new JdbiPayoutRuleStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String account(int n) {
        return String.format("T%08d", n);
    }

    private static AccountPayoutRule rule(String ruleId, Instant at, PayoutDestination... destinations) {
        List<PayoutDestination> list = destinations.length == 0
                ? List.of(new Percentage("platform", new BigDecimal("5")), Remaining.to("seller")) : List.of(destinations);
        return new AccountPayoutRule(UUID.randomUUID().toString(),
                new PayoutRule(PayoutRuleType.ITEM_STORE_ID, ruleId, list), Map.of(), Audit.created(at, "client-1"));
    }

    @Test
    void every_field_round_trips_exactly() {
        String account = account(1);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("any", "thing");
        metadata.put("nested", Map.of("n", 1));
        metadata.put("nothing", null);
        AccountPayoutRule rule = new AccountPayoutRule(UUID.randomUUID().toString(),
                new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "store-7", List.of(
                        new Fixed("fee", Long.MAX_VALUE),
                        new Percentage("a", new BigDecimal("33.333333")),
                        new Percentage("b", new BigDecimal("0.10")),
                        new Remaining(null, List.of(new Percentage("x", new BigDecimal("12.5")),
                                new Percentage("y", new BigDecimal("87.5")))))),
                metadata, new Audit(T0, "client-1", T0.plusMillis(7), null, null));
        store.insert(account, rule);
        AccountPayoutRule read = store.find(account, UUID.fromString(rule.id())).orElseThrow();
        assertThat(read).isEqualTo(rule);
        // Exact decimals: 0.10 keeps its scale (BigDecimal equality would fail on 0.1).
        assertThat(((Percentage) read.rule().destinations().get(2)).percentage()).isEqualTo(new BigDecimal("0.10"));
        assertThat(store.find(account(2), UUID.fromString(rule.id()))).isEmpty();
    }

    @Test
    void a_rule_id_is_unique_among_live_rules_only() {
        String account = account(3);
        AccountPayoutRule first = rule("store-1", T0);
        store.insert(account, first);
        assertThat(store.liveRuleIdTaken(account, "store-1", Optional.empty())).isTrue();
        assertThat(store.liveRuleIdTaken(account, "store-1", Optional.of(UUID.fromString(first.id())))).isFalse();
        assertThat(store.liveRuleIdTaken(account(4), "store-1", Optional.empty())).isFalse();
        assertThatThrownBy(() -> store.insert(account, rule("store-1", T0.plusMillis(1))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(AccountPayoutRule.DUPLICATE_RULE_ID));
        // Another account may use the same rule id.
        store.insert(account(4), rule("store-1", T0));

        store.update(account, first.deleted(T0.plusSeconds(1), "client-2"));
        assertThat(store.liveRuleIdTaken(account, "store-1", Optional.empty())).isFalse();
        AccountPayoutRule second = rule("store-1", T0.plusSeconds(2));
        store.insert(account, second);
        assertThat(store.find(account, UUID.fromString(first.id())).orElseThrow().audit().deletedBy())
                .isEqualTo("client-2");
        assertThat(store.liveRules(account, Set.of("store-1", "store-9")))
                .containsOnlyKeys("store-1").containsValue(second.rule());
    }

    @Test
    void updates_are_guarded_by_the_same_uniqueness() {
        String account = account(5);
        AccountPayoutRule a = rule("a", T0);
        AccountPayoutRule b = rule("b", T0.plusMillis(1));
        store.insert(account, a);
        store.insert(account, b);
        AccountPayoutRule clash = b.replaced(new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "a",
                b.rule().destinations()), Map.of(), T0.plusSeconds(1));
        // In a transaction, as the service runs it: the violation rolls back and nothing changed.
        assertThatThrownBy(() -> new JdbiTransactions(db.jdbi()).inTransaction(() -> {
            store.update(account, clash);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(store.find(account, UUID.fromString(b.id())).orElseThrow()).isEqualTo(b);
    }

    @Test
    void lists_newest_first_with_filters_and_paging() {
        String account = account(6);
        AccountPayoutRule r1 = rule("s1", T0);
        AccountPayoutRule r2 = rule("s2", T0.plusMillis(1));
        AccountPayoutRule r3 = rule("s3", T0.plusMillis(2));
        store.insert(account, r1);
        store.insert(account, r2);
        store.insert(account, r3);
        store.update(account, r2.deleted(T0.plusSeconds(1), "client-1"));
        AccountPayoutRule r2Deleted = store.find(account, UUID.fromString(r2.id())).orElseThrow();

        assertThat(list(account, Optional.empty(), false, Optional.empty(), 10)).containsExactly(r3, r1);
        assertThat(list(account, Optional.empty(), true, Optional.empty(), 10)).containsExactly(r3, r2Deleted, r1);
        assertThat(list(account, Optional.of("s1"), false, Optional.empty(), 10)).containsExactly(r1);
        assertThat(list(account, Optional.of("s2"), false, Optional.empty(), 10)).isEmpty();
        PageCursor afterR3 = new PageCursor(r3.audit().createdAt(), UUID.fromString(r3.id()));
        assertThat(list(account, Optional.empty(), true, Optional.of(afterR3), 1)).containsExactly(r2Deleted);
        assertThat(store.list(new PayoutRuleFilter(account, Optional.of(PayoutRuleType.ITEM_STORE_ID),
                Optional.empty(), false, Optional.empty(), 10))).containsExactly(r3, r1);
    }

    private static List<AccountPayoutRule> list(String account, Optional<String> ruleId, boolean deleted,
                                                Optional<PageCursor> after, int limit) {
        return store.list(new PayoutRuleFilter(account, Optional.empty(), ruleId, deleted, after, limit));
    }

    @Test
    void the_lookup_of_live_rules_is_one_statement() {
        String account = account(7);
        store.insert(account, rule("x", T0));
        store.insert(account, rule("y", T0));
        db.resetStatementCount();
        assertThat(store.liveRules(account, Set.of("x", "y", "z"))).containsOnlyKeys("x", "y");
        assertThat(db.statementCount()).isEqualTo(1);
        assertThat(store.liveRules(account, Set.of())).isEmpty();
        assertThat(db.statementCount()).isEqualTo(1);
    }
}
