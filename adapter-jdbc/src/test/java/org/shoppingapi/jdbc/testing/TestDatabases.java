package org.shoppingapi.jdbc.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.shoppingapi.jdbc.PostgresDatabase;
import org.shoppingapi.jdbc.embedded.EmbeddedPostgresServer;

/**
 * Gives each test class a database of its own on one PostgreSQL per test JVM: the embedded server
 * by default, or the server named by {@code TEST_DB_URL} (+ {@code TEST_DB_USER}/{@code TEST_DB_PASSWORD}),
 * whose user must be allowed to create databases.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private TestDatabases() {
    }

    /** Where a test database lives. */
    public record TestDatabase(String jdbcUrl, String user, String password) {
        public PostgresDatabase.Settings settings(int maxPoolSize) {
            return new PostgresDatabase.Settings(jdbcUrl, user, password, maxPoolSize);
        }
    }

    private record Server(String baseUrl, String adminDatabaseUrl, String user, String password) {
        String urlOf(String database) {
            return baseUrl + database;
        }
    }

    /** A fresh, empty database (no migrations run) named after the test class. */
    public static synchronized TestDatabase create(Class<?> testClass) {
        Server s = server();
        String name = ("t_" + testClass.getSimpleName() + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(s.adminDatabaseUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new TestDatabase(s.urlOf(name), s.user(), s.password());
    }

    private static Server server() {
        if (server != null) {
            return server;
        }
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            // jdbc:postgresql://host:port/db?params -> keep host:port, swap the database per test class.
            int slash = external.indexOf('/', "jdbc:postgresql://".length());
            String base = slash < 0 ? external + "/" : external.substring(0, slash + 1);
            server = new Server(base, external, envOr("TEST_DB_USER", "postgres"), envOr("TEST_DB_PASSWORD", ""));
        } else {
            EmbeddedPostgresServer embedded = EmbeddedPostgresServer.startEphemeral();
            String base = "jdbc:postgresql://localhost:" + embedded.port() + "/";
            server = new Server(base, base + "postgres", embedded.user(), "");
        }
        return server;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
