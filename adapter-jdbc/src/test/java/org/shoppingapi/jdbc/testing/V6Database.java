package org.shoppingapi.jdbc.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.jdbc.PostgresDatabase;

/**
 * A database at schema version 6 (the last schema before storage v2), filled with rows exactly as the code of that
 * time stored them, then migrated to the newest version: how an upgrade meets existing data.
 */
public final class V6Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    public V6Database(Class<?> testClass) {
        dataSource = PostgresDatabase.pool(TestDatabases.create(testClass).settings(4));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("6").load().migrate();
        jdbi = PostgresDatabase.jdbi(dataSource);
    }

    /** Inserts one row given as a JSON object of its columns (as {@code to_jsonb(row)} printed it). */
    public V6Database insertRow(String table, String rowJson) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO " + table + " OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_record(NULL::"
                        + table + ", CAST(:row AS jsonb))")
                .bind("row", rowJson)
                .execute());
        return this;
    }

    /** Inserts the fixture {@code src/test/resources/golden/<name>} into {@code table}. */
    public V6Database insertFixture(String table, String name) {
        return insertRow(table, fixture(name));
    }

    public static String fixture(String name) {
        try (InputStream in = V6Database.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every migration after version 6. */
    public V6Database migrate() {
        PostgresDatabase.migrate(dataSource);
        return this;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
