package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.OrderApi.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.PostgresDatabase;
import org.shoppingapi.jdbc.testing.TestDatabases;

/**
 * GET /customers/{customer_id}/orders and /customers/{customer_id}/orders/{order_id} match the order's
 * {@code customer.id}, the vendor's key (SPEC §2), any string; orders stored before this existed are found too.
 */
class CustomerOrdersTest {

    @Test
    void the_customer_routes_match_customer_id_list_and_read_only_that_customers_orders() {
        try (TestService app = TestService.start(CustomerOrdersTest.class)) {
            OrderApi api = new OrderApi(app, "T20000001");
            String c1 = id(api.create("\"customer\": {\"id\": \"kunde 1/ø\", \"first_name\": \"Kari\"}",
                    item(1, 1000, "25")));
            String c1Closed = id(api.create("\"customer\": {\"id\": \"kunde 1/ø\"}", item(1, 500, "25")));
            api.action(c1Closed, "close", null);
            String c2 = id(api.create("\"customer\": {\"id\": \"c-2\"}", item(1, 700, "25")));
            // customer.customer_id is not the vendor's key: such an order belongs to no customer route.
            String other = id(api.create("\"customer\": {\"customer_id\": \"c-2\"}", item(1, 900, "25")));

            String customers = api.base() + "/customers/";
            String c1Path = customers + "kunde%201%2F%C3%B8/orders";
            assertThat(ids(api.all(c1Path, ""))).containsExactly(c1Closed, c1);
            assertThat(ids(api.all(c1Path, "status=closed"))).containsExactly(c1Closed);
            assertThat(ids(api.all(customers + "c-2/orders", ""))).containsExactly(c2).doesNotContain(other);

            TestService.Answer one = app.get(c1Path + "/" + c1 + "?include_events=true");
            assertThat(one.status()).as(one.body()).isEqualTo(200);
            assertThat(one.json().get("id").asText()).isEqualTo(c1);
            assertThat(one.json().at("/customer/first_name").asText()).isEqualTo("Kari");
            assertThat(one.json().get("events")).hasSize(1);
            assertThat(one.json().get("state").asText()).isEqualTo("pending");
            assertThat(app.get(c1Path + "/" + c1).json().has("events")).isFalse();

            TestService.Answer foreign = app.get(c1Path + "/" + c2);
            assertThat(foreign.status()).as("another customer's order").isEqualTo(404);
            assertThat(foreign.json().at("/error/code").asText()).isEqualTo("NOT_FOUND");
            assertThat(app.get(customers + "c-2/orders/" + other).status()).as("customer_id is not id").isEqualTo(404);
            assertThat(app.get(customers + "c-2/orders/no-such-order").status()).isEqualTo(404);
            assertThat(app.get(c1Path + "/" + c1 + "?include_events=maybe").status()).isEqualTo(400);
            assertThat(app.anonymous().get(c1Path + "/" + c1).status()).isEqualTo(401);
        }
    }

    /**
     * An order written by the previous release (schema version 6) keeps {@code customer.id} only in its document and
     * no customer key in its row; after the migration the customer route finds it.
     */
    @Test
    void an_order_stored_before_the_migration_is_found_by_its_customer_id() {
        TestDatabases.TestDatabase db = TestDatabases.create(CustomerOrdersTest.class);
        UUID id = UUID.randomUUID();
        try (HikariDataSource ds = PostgresDatabase.pool(db.settings(2))) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("6").load().migrate();
            Jdbi.create(ds).useHandle(h -> h.createUpdate("""
                            INSERT INTO orders (id, account_id, order_id, status, payment_status, store_id, customer_id,
                                                currency, gross_amount, net_amount, total_discount, version,
                                                created_at, created_by, updated_at, document)
                            VALUES (:id, 'T20000002', 'legacy-1', 'open', 'pending', NULL, NULL, 'NOK', 1000, 1000, 0,
                                    0, now(), 'old-client', now(), CAST(:document AS jsonb))""")
                    .bind("id", id)
                    .bind("document", """
                            {"content": {"order_id": "legacy-1", "currency": "NOK",
                              "items": [{"id": "sku", "line_id": 1, "quantity": 1, "gross_amount": 1000,
                                         "net_amount": 1000, "tax_lines": [{"percentage": 25, "amount": 200}],
                                         "discount_lines": [], "eligible_for_discount": true, "attributes": {}}],
                              "totals": {"gross_amount": 1000, "net_amount": 1000, "total_discount": 0,
                                         "total_manual_discount_amount": 0},
                              "attributes": {"customer": {"id": "legacy-customer", "email": "a@example.com"}}},
                             "events": [], "payment_operations": []}""")
                    .execute());
        }
        try (TestService app = TestService.start(db, Map.of())) {
            OrderApi api = new OrderApi(app, "T20000002");
            String customer = api.base() + "/customers/legacy-customer/orders";
            assertThat(ids(api.all(customer, ""))).containsExactly(id.toString());
            TestService.Answer one = app.get(customer + "/legacy-1");
            assertThat(one.status()).as(one.body()).isEqualTo(200);
            assertThat(one.json().at("/customer/email").asText()).isEqualTo("a@example.com");
        }
    }

    private static String id(JsonNode order) {
        return order.get("id").asText();
    }

    private static List<String> ids(Iterable<JsonNode> orders) {
        List<String> out = new ArrayList<>();
        orders.forEach(o -> out.add(o.get("id").asText()));
        return out;
    }
}
