package org.shoppingapi.jdbc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.jdbc.auth.JdbiClientStore;
import org.shoppingapi.jdbc.discount.JdbiDiscountRuleStore;
import org.shoppingapi.jdbc.draft.JdbiDraftStore;
import org.shoppingapi.jdbc.idempotency.JdbiIdempotencyStore;
import org.shoppingapi.ports.out.IdempotencyStore;
import org.shoppingapi.jdbc.order.JdbiOrderStore;
import org.shoppingapi.jdbc.payout.JdbiPayoutRuleStore;
import org.shoppingapi.jdbc.session.JdbiPaymentSessionStore;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.jdbc.testing.StoreFixtures;
import org.shoppingapi.jdbc.webhook.JdbiDeliveryStore;
import org.shoppingapi.jdbc.webhook.JdbiSubscriptionStore;
import org.shoppingapi.ports.out.DraftFilter;
import org.shoppingapi.ports.out.OrderFilter;
import org.shoppingapi.ports.out.PayoutRuleFilter;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * Every list and lookup the stores run is served by an index: each statement a store executes is planned again with
 * {@code EXPLAIN (FORMAT JSON)} and the same parameters, with sequential scans and sorts priced out ({@code
 * enable_seqscan = off}, {@code enable_sort = off}), so a plan that still holds a {@code Seq Scan} has no index that
 * can serve it, and a list plan that still sorts has no index that gives its order. This is why a get or a list does not slow down as the tables grow (the
 * benchmark measures that with 10^6 rows; this test shows why, on every build).
 */
class IndexUsageTest {

    static MigratedDatabase db;
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<Planned> PLANS = new ArrayList<>();

    record Planned(String sql, JsonNode plan) {
        List<String> nodeTypes() {
            List<String> types = new ArrayList<>();
            collect(plan.get(0).get("Plan"), types);
            return types;
        }

        private static void collect(JsonNode node, List<String> types) {
            types.add(node.get("Node Type").asText());
            if (node.has("Plans")) {
                node.get("Plans").forEach(child -> collect(child, types));
            }
        }
    }

    @BeforeAll
    static void open() {
        // The schema as the migrations build it, also in the build's partitioned run: the indexes are what is checked.
        db = MigratedDatabase.create(IndexUsageTest.class, 2, false);
        // Added to whatever the test database already logs (the partitioned-schema run checks every statement too).
        SqlLogger previous = db.jdbi().getConfig(SqlStatements.class).getSqlLogger();
        db.jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                previous.logBeforeExecution(context);
            }

            @Override
            public void logAfterExecution(StatementContext context) {
                previous.logAfterExecution(context);
                explain(context);
            }

            @Override
            public void logException(StatementContext context, SQLException ex) {
                previous.logException(context, ex);
            }
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void forgetEarlierPlans() {
        PLANS.clear();
    }

    /** Plans the statement just run again, on its own connection and transaction, with its own parameters. */
    static void explain(StatementContext context) {
        String sql = context.getParsedSql().getSql();
        String verb = sql.strip().split("\\s+")[0].toUpperCase();
        if (!List.of("SELECT", "UPDATE", "DELETE", "WITH").contains(verb) || !sql.toUpperCase().contains("WHERE")) {
            return;
        }
        Connection connection = context.getConnection();
        try (Statement setting = connection.createStatement()) {
            // Small test tables make any plan cheap: price out the plans an index would avoid, so what remains
            // shows whether an index can serve the statement at all (and, for lists, in the order asked for).
            setting.execute("SET enable_seqscan = off; SET enable_sort = off; SET enable_incremental_sort = off");
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
                List<String> names = context.getParsedSql().getParameters().getParameterNames();
                for (int i = 0; i < names.size(); i++) {
                    Optional<Argument> argument = context.getBinding().findForName(names.get(i), context);
                    if (argument.isEmpty()) {
                        argument = context.getBinding().findForPosition(i);
                    }
                    argument.orElseThrow().apply(i + 1, explain, context);
                }
                try (ResultSet plan = explain.executeQuery()) {
                    plan.next();
                    PLANS.add(new Planned(sql, JSON.readTree(plan.getString(1))));
                }
            } finally {
                setting.execute("RESET enable_seqscan; RESET enable_sort; RESET enable_incremental_sort");
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("could not explain " + sql, e);
        }
    }

    static void assertIndexed(String what) {
        assertThat(PLANS).as(what + ": statements planned").isNotEmpty();
        for (Planned planned : PLANS) {
            assertThat(planned.nodeTypes()).as(what + ": plan of %s%n%s", planned.sql(), planned.plan().toPrettyString())
                    .doesNotContain("Seq Scan");
        }
    }

    static void assertIndexedInOrder(String what) {
        assertIndexed(what);
        for (Planned planned : PLANS) {
            assertThat(planned.nodeTypes()).as(what + ": a list reads its index in order, plan of %s%n%s",
                    planned.sql(), planned.plan().toPrettyString()).doesNotContain("Sort", "Incremental Sort");
        }
    }

    @Test
    void draft_lookups_and_every_draft_list_use_an_index() {
        JdbiDraftStore drafts = new JdbiDraftStore(db.jdbi());
        Draft draft = StoreFixtures.draft("T70000001", 2, StoreFixtures.T0);
        drafts.insert(draft);

        PLANS.clear();
        drafts.find("T70000001", draft.id());
        drafts.findForUpdate("T70000001", draft.id());
        drafts.update(draft, draft.version());
        assertIndexed("draft lookups");

        Instant from = StoreFixtures.T0.minus(Duration.ofDays(1));
        Instant to = StoreFixtures.T0.plus(Duration.ofDays(1));
        PageCursor cursor = new PageCursor(StoreFixtures.T0, draft.id());
        for (Optional<DraftStatus> status : List.of(Optional.<DraftStatus>empty(), Optional.of(DraftStatus.OPEN))) {
            PLANS.clear();
            drafts.list(new DraftFilter("T70000001", status, Optional.empty(), Optional.empty(), Optional.empty(), 10));
            drafts.list(new DraftFilter("T70000001", status, Optional.of(from), Optional.of(to), Optional.of(cursor),
                    100));
            assertIndexedInOrder("draft list, status " + status);
        }
    }

    @Test
    void order_lookups_and_every_order_list_use_an_index() {
        JdbiOrderStore orders = new JdbiOrderStore(db.jdbi());
        Order order = StoreFixtures.order("T70000002", "ref-1", StoreFixtures.T0);
        orders.insert(order);

        PLANS.clear();
        orders.findById("T70000002", order.id());
        orders.find("T70000002", "ref-1");
        orders.findForUpdate("T70000002", "ref-1");
        orders.orderIdExists("T70000002", "ref-1");
        orders.update(order, order.version());
        assertIndexed("order lookups");

        OrderFilter all = OrderFilter.all("T70000002", 100);
        PageCursor cursor = new PageCursor(StoreFixtures.T0, order.id());
        List<OrderFilter> filters = List.of(all, all.withStatus(OrderStatus.OPEN),
                all.withPaymentStatus(PaymentStatus.PENDING), all.withStoreId("store-0"),
                all.withCustomerId("cust-1"), all.withCreated(StoreFixtures.T0.minusSeconds(60), StoreFixtures.T0),
                all.startingAfter(cursor), all.withStoreId("store-0").withStatus(OrderStatus.OPEN));
        for (OrderFilter filter : filters) {
            PLANS.clear();
            orders.list(filter);
            assertIndexedInOrder("order list " + filter);
        }
    }

    @Test
    void idempotency_keys_subscriptions_deliveries_and_discount_rules_use_an_index() {
        Instant now = StoreFixtures.T0;
        JdbiIdempotencyStore keys = new JdbiIdempotencyStore(db.jdbi());
        PLANS.clear();
        keys.claim("T70000003", "key-1", "fp", now, now.minusSeconds(86_400));
        keys.find("T70000003", "key-1");
        keys.complete("T70000003", "key-1", new IdempotencyStore.StoredResponse(200, null, null, new byte[0]));
        keys.claim("T70000003", "key-1", "fp", now, now.minusSeconds(86_400));
        keys.deleteExpired(now.minusSeconds(86_400));
        assertIndexed("idempotency keys");

        PLANS.clear();
        JdbiSubscriptionStore subscriptions = new JdbiSubscriptionStore(db.jdbi());
        subscriptions.find("T70000003", UUID.randomUUID());
        subscriptions.list("T70000003", 10, Optional.empty());
        subscriptions.list("T70000003", 10, Optional.of(new PageCursor(now, UUID.randomUUID())));
        assertIndexedInOrder("webhook subscriptions");

        PLANS.clear();
        JdbiDeliveryStore deliveries = new JdbiDeliveryStore(db.jdbi());
        deliveries.find("T70000003", UUID.randomUUID(), UUID.randomUUID());
        deliveries.list("T70000003", UUID.randomUUID(), 10, Optional.empty());
        deliveries.list("T70000003", UUID.randomUUID(), 10, Optional.of(new PageCursor(now, UUID.randomUUID())));
        assertIndexedInOrder("webhook delivery log");

        PLANS.clear();
        JdbiDiscountRuleStore rules = new JdbiDiscountRuleStore(db.jdbi());
        rules.find("T70000003", "rule-1");
        rules.listNewestFirst("T70000003", Optional.empty(), 10);
        assertIndexed("discount rules");
    }

    @Test
    void payout_rules_payment_sessions_and_client_lookups_use_an_index() {
        Instant now = StoreFixtures.T0;
        JdbiPayoutRuleStore payouts = new JdbiPayoutRuleStore(db.jdbi());
        AccountPayoutRule rule = new AccountPayoutRule(UUID.randomUUID().toString(),
                new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "store-1", List.of(Remaining.to("seller"))), Map.of(),
                Audit.created(now, "client-1"));
        payouts.insert("T70000004", rule);
        UUID ruleId = UUID.fromString(rule.id());

        PLANS.clear();
        payouts.find("T70000004", ruleId);
        payouts.findForUpdate("T70000004", ruleId);
        payouts.liveRuleIdTaken("T70000004", "store-1", Optional.of(ruleId));
        payouts.liveRules("T70000004", Set.of("store-1", "store-2"));
        payouts.update("T70000004", rule);
        assertIndexed("payout rule lookups");
        PageCursor cursor = new PageCursor(now, ruleId);
        for (PayoutRuleFilter filter : List.of(
                new PayoutRuleFilter("T70000004", Optional.empty(), Optional.empty(), false, Optional.empty(), 100),
                new PayoutRuleFilter("T70000004", Optional.of(PayoutRuleType.ITEM_STORE_ID), Optional.empty(), true,
                        Optional.of(cursor), 10),
                new PayoutRuleFilter("T70000004", Optional.empty(), Optional.of("store-1"), false, Optional.empty(),
                        10))) {
            PLANS.clear();
            payouts.list(filter);
            assertIndexedInOrder("payout rule list " + filter);
        }

        // An order's sessions are few (one per checkout attempt): the key finds them, a sort of those few is fine.
        PLANS.clear();
        JdbiPaymentSessionStore sessions = new JdbiPaymentSessionStore(db.jdbi());
        sessions.find("T70000004", UUID.randomUUID(), "session-1");
        sessions.list("T70000004", UUID.randomUUID());
        assertIndexed("payment sessions");

        // Every authenticated request asks its client's standing (cached a few seconds per client): by the key.
        PLANS.clear();
        JdbiClientStore clients = new JdbiClientStore(db.jdbi());
        clients.upsert(new StoredClient("T70000004", "pos-1", "hash", List.of("read:shopping")));
        clients.standing("T70000004", "pos-1");
        clients.find("T70000004", "pos-1");
        clients.findLive("pos-1");
        clients.list("T70000004");
        clients.markUsed("T70000004", "pos-1");
        assertIndexed("client look-ups");
    }
}
