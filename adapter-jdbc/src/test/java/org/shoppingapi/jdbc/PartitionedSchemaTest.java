package org.shoppingapi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.ShoppingEvent;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.jdbc.auth.JdbiClientStore;
import org.shoppingapi.jdbc.auth.JdbiSigningKeyStore;
import org.shoppingapi.jdbc.discount.JdbiDiscountRuleStore;
import org.shoppingapi.jdbc.draft.JdbiDraftStore;
import org.shoppingapi.jdbc.idempotency.JdbiIdempotencyStore;
import org.shoppingapi.jdbc.order.JdbiOrderStore;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.jdbc.testing.OnePartitionPerStatement;
import org.shoppingapi.jdbc.testing.PartitionedSchema;
import org.shoppingapi.jdbc.testing.StoreFixtures;
import org.shoppingapi.jdbc.webhook.JdbiDeliveryStore;
import org.shoppingapi.jdbc.webhook.JdbiSubscriptionStore;
import org.shoppingapi.jdbc.webhook.JdbiWebhookOutbox;
import org.shoppingapi.ports.out.IdempotencyStore;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.ports.out.webhook.AttemptResult;

/**
 * The proof that the schema is ready to be distributed by account: every per-account table rebuilt hash-partitioned
 * by account_id (which PostgreSQL refuses unless every primary key and unique constraint includes account_id), and
 * every store's statements, run on it, touch one partition each ({@code EXPLAIN}, see
 * {@link OnePartitionPerStatement}). Every {@code Jdbi…StoreContractTest} runs on this schema too (the build's
 * {@code partitioned-schema} test run); this class drives what those contracts do not.
 */
class PartitionedSchemaTest {

    private static final String ACCOUNT = "T12345678";

    static MigratedDatabase db;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(PartitionedSchemaTest.class, 4, true);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void every_per_account_table_is_hash_partitioned_by_account_id_and_only_signing_keys_is_not() {
        List<String> tables = db.jdbi().withHandle(PartitionedSchema::perAccountTables);
        assertThat(tables).contains("draft_orders", "orders", "draft_events", "order_events", "idempotency_keys",
                "api_clients", "webhook_subscriptions", "webhook_events", "webhook_deliveries", "discount_rules");
        for (String table : tables) {
            String key = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT pg_get_partkeydef(CAST(:t AS regclass))").bind("t", table)
                    .mapTo(String.class).one());
            assertThat(key).as(table).isEqualTo("HASH (account_id)");
        }
        List<String> unpartitioned = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = CAST(current_schema() AS regnamespace)
                           AND NOT relispartition ORDER BY 1""").mapTo(String.class).list());
        assertThat(unpartitioned).as("reference and bookkeeping tables").containsExactly("flyway_schema_history",
                "signing_keys");
    }

    @Test
    void every_other_store_runs_on_the_partitioned_schema_touching_one_partition_per_statement() {
        var jdbi = db.jdbi();
        var clients = new JdbiClientStore(jdbi);
        clients.upsert(new StoredClient(ACCOUNT, "pos-1", "hash", List.of("admin:shopping")));
        clients.upsert(new StoredClient(ACCOUNT, "pos-1", "hash-2", List.of("read:shopping")));
        assertThat(clients.find(ACCOUNT, "pos-1")).get().extracting(StoredClient::secretHash).isEqualTo("hash-2");
        assertThat(new JdbiSigningKeyStore(jdbi).findOrCreate(() -> "key")).isEqualTo("key");

        var subscriptions = new JdbiSubscriptionStore(jdbi);
        Subscription s = new Subscription(UUID.randomUUID(), ACCOUNT, "https://example.com/h", Subscription.JSON,
                "secret", Set.of(EventType.SHOPPING_DRAFT_ADD), Audit.created(StoreFixtures.T0, "c"));
        subscriptions.insert(s);
        assertThat(subscriptions.find(ACCOUNT, s.id())).contains(s);
        assertThat(subscriptions.list(ACCOUNT, 10, Optional.empty())).containsExactly(s);
        new JdbiTransactions(jdbi).inTransaction(() -> {
            new JdbiWebhookOutbox(jdbi, e -> "{}", () -> { })
                    .record(new ShoppingEvent.DraftAdded(StoreFixtures.draft(ACCOUNT, 1, StoreFixtures.T0)));
            return null;
        });
        var deliveries = new JdbiDeliveryStore(jdbi);
        var claimed = deliveries.claimDue(10, Duration.ofSeconds(30));
        assertThat(claimed).hasSize(1);
        deliveries.delivered(claimed.get(0), AttemptResult.answered(200));
        assertThat(deliveries.list(ACCOUNT, s.id(), 10, Optional.empty())).hasSize(1);
        assertThat(deliveries.find(ACCOUNT, s.id(), claimed.get(0).id())).isPresent();
        deliveries.cancelPending(ACCOUNT, s.id());
        subscriptions.markDeleted(s.delete(StoreFixtures.T0.plusSeconds(1), "c"));

        var keys = new JdbiIdempotencyStore(jdbi);
        Instant now = Instant.now();
        assertThat(keys.claim(ACCOUNT, "k", "f", now, now.minusSeconds(60))).isTrue();
        keys.complete(ACCOUNT, "k", new IdempotencyStore.StoredResponse(200, "application/json", null, new byte[] {1}));
        assertThat(keys.find(ACCOUNT, "k")).isPresent();
        assertThat(keys.claim(ACCOUNT, "k", "f", now, now.minusSeconds(60))).isFalse();

        var rules = new JdbiDiscountRuleStore(jdbi);
        DiscountRule rule = new DiscountRule(UUID.randomUUID().toString(), "r", DiscountType.TOTAL, Reward.amount(100),
                AppliesTo.total(1000), null, null, null, true, Audit.created(StoreFixtures.T0, "c"));
        rules.insert(ACCOUNT, rule);
        rules.update(ACCOUNT, rule);
        assertThat(rules.find(ACCOUNT, rule.id())).isPresent();
        assertThat(rules.listNewestFirst(ACCOUNT, Optional.of(rule.id()), 10)).isEmpty();
        assertThat(rules.allInCreationOrder(ACCOUNT)).hasSize(1);

        var drafts = new JdbiDraftStore(jdbi);
        var draft = StoreFixtures.draft(ACCOUNT, 2, StoreFixtures.T0);
        drafts.insert(draft);
        assertThat(new JdbiTransactions(jdbi).inTransaction(() -> drafts.findForUpdate(ACCOUNT, draft.id())))
                .contains(draft);
        var orders = new JdbiOrderStore(jdbi);
        var order = StoreFixtures.order(ACCOUNT, "POS-1", StoreFixtures.T0);
        orders.insert(order);
        assertThat(new JdbiTransactions(jdbi).inTransaction(() -> orders.findForUpdate(ACCOUNT, "POS-1")))
                .contains(order);

        List<String> checked = db.partitionCheck().orElseThrow().checked();
        for (String table : List.of("api_clients", "webhook_subscriptions", "webhook_events", "webhook_deliveries",
                "idempotency_keys", "discount_rules", "draft_orders", "draft_events", "orders", "order_events")) {
            assertThat(checked).as("statements on " + table).anyMatch(sql -> sql.contains(table));
        }
    }

    @Test
    void the_check_fails_a_statement_that_reads_every_partition() {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO idempotency_keys (account_id, idempotency_key, fingerprint,"
                + " created_at) SELECT 'T' || (10000000 + n), 'old', 'f', now() - interval '2 days'"
                + " FROM generate_series(1, 8) n"));
        var strict = new OnePartitionPerStatement(Map.of());
        var jdbi = PostgresDatabase.jdbi(dataSourceOf());
        jdbi.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setSqlLogger(strict);
        assertThatThrownBy(() -> new JdbiIdempotencyStore(jdbi).deleteExpired(Instant.now().minusSeconds(3600)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("partitions of idempotency_keys");
    }

    private static javax.sql.DataSource dataSourceOf() {
        return db.dataSource();
    }
}
