package org.shoppingapi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoppingapi.jdbc.testing.TestDatabases;

/**
 * An application that embeds the library and already runs Flyway on its own migrations in the same database: the
 * Shopping API's migrations go to a history table or a schema of their own, and neither side's Flyway trips over the
 * other's (with the default history table they would: both have a V1).
 */
class EmbedderMigrationsTest {

    @TempDir
    Path hostMigrations;

    @Test
    void own_history_table_in_the_hosts_schema() throws Exception {
        TestDatabases.TestDatabase db = TestDatabases.create(EmbedderMigrationsTest.class);
        try (HikariDataSource ds = PostgresDatabase.pool(db.settings(2))) {
            Flyway host = hostFlyway(ds);
            host.migrate();

            assertThatThrownBy(() -> PostgresDatabase.migrate(ds))
                    .as("the clash this setting exists for: one history table, two V1s").isNotNull();

            var ownTable = new PostgresDatabase.Migrations(null, "shopping_schema_history");
            PostgresDatabase.migrate(ds, ownTable);
            PostgresDatabase.migrate(ds, ownTable);
            host.migrate();

            Jdbi jdbi = PostgresDatabase.jdbi(ds);
            assertThat(hostHistory(jdbi, "public.flyway_schema_history")).containsExactly("host orders");
            assertThat(appliedVersions(jdbi, "public.shopping_schema_history")).contains("1", "2", "3", "4");
            assertThat(regclass(jdbi, "public.draft_orders")).isTrue();
            assertThat(regclass(jdbi, "public.host_orders")).isTrue();
            assertThat(host.validateWithResult().validationSuccessful).isTrue();
        }
    }

    @Test
    void own_schema_beside_the_hosts_flyway_schema_history() throws Exception {
        TestDatabases.TestDatabase db = TestDatabases.create(EmbedderMigrationsTest.class);
        try (HikariDataSource ds = PostgresDatabase.pool(db.settings(2))) {
            hostFlyway(ds).migrate();

            PostgresDatabase.migrate(ds, new PostgresDatabase.Migrations("shopping", "flyway_schema_history"));

            Jdbi jdbi = PostgresDatabase.jdbi(ds);
            assertThat(hostHistory(jdbi, "public.flyway_schema_history")).containsExactly("host orders");
            assertThat(appliedVersions(jdbi, "shopping.flyway_schema_history")).contains("1", "2", "3", "4");
            assertThat(regclass(jdbi, "shopping.draft_orders")).isTrue();
            assertThat(regclass(jdbi, "public.draft_orders")).as("nothing of ours in the host's schema").isFalse();
        }
        // The stores' unqualified SQL finds the tables through the connection's current schema.
        var inSchema = new PostgresDatabase.Settings(db.jdbcUrl() + "?currentSchema=shopping", db.user(), db.password(), 2);
        try (HikariDataSource ds = PostgresDatabase.pool(inSchema)) {
            Long drafts = PostgresDatabase.jdbi(ds).withHandle(h ->
                    h.createQuery("SELECT count(*) FROM draft_orders").mapTo(Long.class).one());
            assertThat(drafts).isZero();
        }
    }

    @Test
    void history_table_is_required_and_schema_is_null_or_a_name() {
        assertThatThrownBy(() -> new PostgresDatabase.Migrations(null, " ")).hasMessageContaining("historyTable");
        assertThatThrownBy(() -> new PostgresDatabase.Migrations("", "h")).hasMessageContaining("schema");
        assertThat(PostgresDatabase.Migrations.DEFAULT.historyTable()).isEqualTo("flyway_schema_history");
    }

    private Flyway hostFlyway(DataSource ds) throws Exception {
        Files.writeString(hostMigrations.resolve("V1__host_orders.sql"), "CREATE TABLE host_orders (id integer PRIMARY KEY);");
        return Flyway.configure().dataSource(ds).locations("filesystem:" + hostMigrations).load();
    }

    private static List<String> hostHistory(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT description FROM " + table + " ORDER BY installed_rank")
                .mapTo(String.class).list());
    }

    private static List<String> appliedVersions(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT version FROM " + table + " WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                .mapTo(String.class).list());
    }

    private static boolean regclass(Jdbi jdbi, String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT to_regclass(:name) IS NOT NULL")
                .bind("name", name).mapTo(Boolean.class).one());
    }
}
