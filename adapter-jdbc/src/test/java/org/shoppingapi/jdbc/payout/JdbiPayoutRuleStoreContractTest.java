package org.shoppingapi.jdbc.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.PayoutRuleStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.PayoutRuleStoreContract;

/**
 * The {@code PayoutRuleStore} contract ({@link PayoutRuleStoreContract}: round trip, live rule-id uniqueness,
 * rollback, filters and paging) against PostgreSQL, and what only this store has to show: the live-rule look-up
 * is one statement.
 */
class JdbiPayoutRuleStoreContractTest extends PayoutRuleStoreContract {

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

    @Override
    protected PayoutRuleStore rules() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(db.jdbi());
    }

    @Test
    void the_lookup_of_live_rules_is_one_statement() {
        String account = "T00000007";
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        for (String ruleId : List.of("x", "y")) {
            store.insert(account, new AccountPayoutRule(UUID.randomUUID().toString(), new PayoutRule(
                    PayoutRuleType.ITEM_STORE_ID, ruleId, List.of(Remaining.to("seller"))), Map.of(),
                    Audit.created(at, "client-1")));
        }
        db.resetStatementCount();
        assertThat(store.liveRules(account, Set.of("x", "y", "z"))).containsOnlyKeys("x", "y");
        assertThat(db.statementCount()).isEqualTo(1);
        assertThat(store.liveRules(account, Set.of())).isEmpty();
        assertThat(db.statementCount()).as("none asked: no statement").isEqualTo(1);
    }
}
