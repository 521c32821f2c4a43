package org.shoppingapi.jdbc.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.jdbc.auth.JdbiClientStore;
import org.shoppingapi.jdbc.discount.JdbiDiscountRuleStore;
import org.shoppingapi.jdbc.idempotency.JdbiIdempotencyStore;
import org.shoppingapi.jdbc.testing.V6Database;
import org.shoppingapi.jdbc.webhook.JdbiDeliveryStore;
import org.shoppingapi.jdbc.webhook.JdbiSubscriptionStore;

/**
 * An upgrade from schema version 6 with data: a V6 database filled with rows exactly as the code of that version
 * wrote them (the golden draft and order rows, and {@code v6-other-tables.json}: clients, signing key,
 * subscriptions, webhook events and deliveries in every state, idempotency keys, discount rules, written through
 * that code's stores), migrated to the newest version. Every row must still be there with every value, and read
 * through today's stores.
 */
class V6MigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> UNCHANGED = List.of("api_clients", "signing_keys", "webhook_subscriptions",
            "webhook_events", "idempotency_keys", "discount_rules");

    static V6Database db;
    static JsonNode before;

    @BeforeAll
    static void upgrade() throws Exception {
        db = new V6Database(V6MigrationTest.class)
                .insertFixture("draft_orders", "draft-open.v1.json")
                .insertFixture("draft_orders", "draft-deleted.v1.json")
                .insertFixture("orders", "order-closed.v1.json")
                .insertFixture("orders", "order-cancelled.v1.json");
        before = JSON.readTree(V6Database.fixture("v6-other-tables.json"));
        for (Map.Entry<String, JsonNode> table : before.properties()) {
            for (JsonNode row : table.getValue()) {
                db.insertRow(table.getKey(), row.toString());
            }
        }
        db.migrate();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<JsonNode> rows(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT to_jsonb(t)::text FROM " + table + " t")
                .mapTo(String.class).list()).stream().map(V6MigrationTest::parse).toList();
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_row_of_the_tables_whose_columns_stay_keeps_every_value() {
        for (String table : UNCHANGED) {
            assertThat(before.get(table)).as(table + " fixture").isNotEmpty();
            // Columns later migrations add (none of them filled by the upgrade) are left out of the comparison.
            Set<String> columns = new HashSet<>();
            before.get(table).get(0).fieldNames().forEachRemaining(columns::add);
            Set<JsonNode> after = new HashSet<>();
            for (JsonNode row : rows(table)) {
                after.add(((ObjectNode) row.deepCopy()).retain(columns));
            }
            assertThat(after).as(table).isEqualTo(toSet(before.get(table)));
        }
    }

    @Test
    void every_delivery_keeps_every_value_and_gains_its_events_account() {
        Map<String, String> accountOfEvent = new java.util.HashMap<>();
        before.get("webhook_events").forEach(e -> accountOfEvent.put(e.get("id").asText(), e.get("account_id").asText()));
        Set<JsonNode> expected = new HashSet<>();
        for (JsonNode row : before.get("webhook_deliveries")) {
            ObjectNode withAccount = row.deepCopy();
            withAccount.put("account_id", accountOfEvent.get(row.get("event_id").asText()));
            expected.add(withAccount);
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        Set<String> columns = new HashSet<>();
        expected.iterator().next().fieldNames().forEachRemaining(columns::add);
        Set<JsonNode> after = new HashSet<>();
        for (JsonNode row : rows("webhook_deliveries")) {
            after.add(((ObjectNode) row.deepCopy()).retain(columns));
        }
        assertThat(after).isEqualTo(expected);
    }

    @Test
    void every_draft_and_order_row_keeps_its_columns_and_its_events_become_rows_in_order() {
        check("draft_orders", "draft_events", "draft_id", List.of("draft-open.v1.json", "draft-deleted.v1.json"));
        check("orders", "order_events", "order_uuid", List.of("order-closed.v1.json", "order-cancelled.v1.json"));
    }

    private static void check(String table, String eventTable, String ownerColumn, List<String> fixtures) {
        List<JsonNode> after = rows(table);
        assertThat(after).hasSize(fixtures.size());
        for (String fixture : fixtures) {
            ObjectNode old = (ObjectNode) parse(V6Database.fixture(fixture));
            JsonNode now = after.stream().filter(r -> r.get("id").equals(old.get("id"))).findFirst().orElseThrow();
            ObjectNode oldDocument = (ObjectNode) old.remove("document");
            if (table.equals("orders")) {
                // V13 (customer orders by customer.id, SPEC §2) recomputes the customer_id column from the document.
                JsonNode customerId = oldDocument.at("/content/attributes/customer/id");
                old.put("customer_id", customerId.isValueNode() ? customerId.asText() : null);
            }
            ObjectNode nowColumns = now.deepCopy();
            JsonNode nowDocument = nowColumns.remove("document");
            assertThat(nowColumns).as(fixture + " columns").isEqualTo(old);
            ArrayNode oldEvents = (ArrayNode) oldDocument.remove("events");
            ObjectNode expectedDocument = oldDocument.deepCopy();
            expectedDocument.put("schema_version", 2);
            assertThat(nowDocument).as(fixture + " document").isEqualTo(expectedDocument);
            List<JsonNode> events = db.jdbi().withHandle(h -> h.createQuery("SELECT body::text FROM " + eventTable
                            + " WHERE account_id = :a AND " + ownerColumn + " = CAST(:id AS uuid) ORDER BY sequence")
                    .bind("a", old.get("account_id").asText()).bind("id", old.get("id").asText())
                    .mapTo(String.class).list()).stream().map(V6MigrationTest::parse).toList();
            List<JsonNode> expectedEvents = new ArrayList<>();
            for (JsonNode e : oldEvents) {
                ObjectNode versioned = e.deepCopy();
                versioned.put("schema_version", 1);
                expectedEvents.add(versioned);
            }
            assertThat(events).as(fixture + " events").containsExactlyElementsOf(expectedEvents);
        }
    }

    @Test
    void todays_stores_read_the_migrated_rows() {
        String account = GoldenValues.ACCOUNT;
        assertThat(new JdbiClientStore(db.jdbi()).find(account, "pos-1")).get()
                .satisfies(c -> assertThat(c.scopes()).containsExactly("admin:shopping", "read:shopping"));
        assertThat(new JdbiSubscriptionStore(db.jdbi()).find(account, id(501))).isPresent();
        assertThat(new JdbiSubscriptionStore(db.jdbi()).find("T87654321", id(501))).isEmpty();
        JdbiDeliveryStore deliveries = new JdbiDeliveryStore(db.jdbi());
        assertThat(deliveries.list(account, id(501), 10, Optional.empty())).hasSize(2);
        assertThat(deliveries.list(account, id(502), 10, Optional.empty()))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.CANCELLED));
        assertThat(new JdbiIdempotencyStore(db.jdbi()).find(account, "order-4711")).get()
                .satisfies(k -> assertThat(new String(k.response().orElseThrow().body())).isEqualTo("{\"id\":1}"));
        assertThat(new JdbiDiscountRuleStore(db.jdbi()).allInCreationOrder(account)).extracting(r -> r.name())
                .containsExactly("Chairs 10 %", "100 off");
    }

    private static Set<JsonNode> toSet(JsonNode array) {
        Set<JsonNode> set = new HashSet<>();
        array.forEach(set::add);
        return set;
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }
}
