package org.shoppingapi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.testing.TestDatabases;

/** The Flyway migrations apply to an empty PostgreSQL and are idempotent on a second run. */
class MigrationTest {

    @Test
    void migrates_an_empty_database_and_is_a_no_op_the_second_time() {
        try (HikariDataSource ds = PostgresDatabase.pool(TestDatabases.create(MigrationTest.class).settings(2))) {
            PostgresDatabase.migrate(ds);
            PostgresDatabase.migrate(ds);
            List<String> tables = PostgresDatabase.jdbi(ds).withHandle(h -> h.createQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
                    .mapTo(String.class).list());
            assertThat(tables).contains("draft_orders", "orders", "idempotency_keys", "flyway_schema_history");
            Integer applied = PostgresDatabase.jdbi(ds).withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success").mapTo(Integer.class).one());
            assertThat(applied).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void money_is_bigint_and_every_list_filter_has_an_account_created_index() {
        try (HikariDataSource ds = PostgresDatabase.pool(TestDatabases.create(MigrationTest.class).settings(2))) {
            PostgresDatabase.migrate(ds);
            var jdbi = PostgresDatabase.jdbi(ds);
            List<String> moneyTypes = jdbi.withHandle(h -> h.createQuery("""
                    SELECT DISTINCT data_type FROM information_schema.columns
                     WHERE table_name IN ('draft_orders', 'orders')
                       AND column_name IN ('gross_amount', 'net_amount', 'total_discount')""")
                    .mapTo(String.class).list());
            assertThat(moneyTypes).containsExactly("bigint");
            List<String> indexes = jdbi.withHandle(h -> h.createQuery(
                    "SELECT indexdef FROM pg_indexes WHERE tablename IN ('draft_orders', 'orders')")
                    .mapTo(String.class).list());
            assertThat(indexes).contains(
                    "CREATE INDEX draft_orders_account_created ON public.draft_orders USING btree "
                            + "(account_id, created_at DESC, id DESC)",
                    "CREATE INDEX draft_orders_account_status_created ON public.draft_orders USING btree "
                            + "(account_id, status, created_at DESC, id DESC)",
                    "CREATE INDEX orders_account_created ON public.orders USING btree "
                            + "(account_id, created_at DESC, id DESC)",
                    "CREATE INDEX orders_account_status_created ON public.orders USING btree "
                            + "(account_id, status, created_at DESC, id DESC)",
                    "CREATE INDEX orders_account_payment_status_created ON public.orders USING btree "
                            + "(account_id, payment_status, created_at DESC, id DESC)",
                    "CREATE INDEX orders_account_store_created ON public.orders USING btree "
                            + "(account_id, store_id, created_at DESC, id DESC) WHERE (store_id IS NOT NULL)",
                    "CREATE INDEX orders_account_customer_created ON public.orders USING btree "
                            + "(account_id, customer_id, created_at DESC, id DESC) WHERE (customer_id IS NOT NULL)",
                    "CREATE UNIQUE INDEX orders_account_order_id_unique ON public.orders USING btree "
                            + "(account_id, order_id)");
        }
    }
}
