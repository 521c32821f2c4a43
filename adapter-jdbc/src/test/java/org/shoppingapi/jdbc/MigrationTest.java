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
            assertThat(tables).contains("draft_orders", "flyway_schema_history");
            Integer applied = PostgresDatabase.jdbi(ds).withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success").mapTo(Integer.class).one());
            assertThat(applied).isGreaterThanOrEqualTo(1);
        }
    }
}
