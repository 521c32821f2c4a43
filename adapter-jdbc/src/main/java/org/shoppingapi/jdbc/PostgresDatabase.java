package org.shoppingapi.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;

/** Opens the PostgreSQL the service runs on: a bounded pool, the schema migrations and the Jdbi handle. */
public final class PostgresDatabase {

    /** How long the pool keeps trying to open its first connection before the service gives up starting. */
    private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(60);

    private PostgresDatabase() {
    }

    /** Connection settings; {@code maxPoolSize} bounds what one service instance may hold open. */
    public record Settings(String jdbcUrl, String user, String password, int maxPoolSize, Timeouts timeouts) {
        public Settings(String jdbcUrl, String user, String password, int maxPoolSize) {
            this(jdbcUrl, user, password, maxPoolSize, Timeouts.DEFAULT);
        }
    }

    /**
     * How long one database step may take before the request gives up (and answers 503): waiting for a pooled
     * connection, opening one, and one statement. The statement bound is enforced twice: by the server
     * ({@code statement_timeout}, which cancels cleanly) and by the client's socket read timeout, which is what ends
     * the wait when the server itself stopped answering (a frozen process, a dead host, a stalled disk).
     */
    public record Timeouts(Duration poolWait, Duration connect, Duration statement) {
        /**
         * SPEC §1: a stalled database answers 503 within 2 s: the pool wait and the statement bound a request. Opening
         * a connection happens in the pool's background (a request only waits for the pool), so it may take longer
         * on a busy host without slowing anyone down.
         */
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(2));

        public Timeouts {
            for (Duration d : List.of(poolWait, connect, statement)) {
                if (d.toMillis() < 250) {
                    throw new IllegalArgumentException("database timeouts must be at least 250 ms, not " + d);
                }
            }
        }

        /** pgjdbc takes whole seconds: rounded up, so the client never gives up before the server would. */
        private static String seconds(Duration d) {
            return Long.toString((d.toMillis() + 999) / 1000);
        }
    }

    /**
     * A Hikari pool. Small on purpose: on 2 cores PostgreSQL does best with a handful of active
     * connections, and a bounded pool turns overload into waiting instead of a crashed database.
     */
    public static HikariDataSource pool(Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("shopping");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        // Fail a request after a bounded wait instead of queueing forever when the database is gone or stalled.
        Timeouts timeouts = settings.timeouts();
        config.setConnectionTimeout(timeouts.poolWait().toMillis());
        config.setValidationTimeout(Math.max(250, timeouts.poolWait().toMillis() / 2));
        // At start the database may still be coming up (a container started alongside): keep trying for a while.
        config.setInitializationFailTimeout(STARTUP_PATIENCE.toMillis());
        config.addDataSourceProperty("connectTimeout", Timeouts.seconds(timeouts.connect()));
        config.addDataSourceProperty("loginTimeout", Timeouts.seconds(timeouts.connect()));
        config.addDataSourceProperty("socketTimeout", Timeouts.seconds(timeouts.statement()));
        config.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
        // Store code runs every multi-row write in an explicit transaction.
        config.setAutoCommit(true);
        // A server error's "Detail" repeats the row's values ("Failing row contains (..., <webhook secret>, ...)");
        // keep it out of exception messages, and so out of the logs.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return new HikariDataSource(config);
    }

    /**
     * Where the Shopping API's tables and their migration history live: {@code schema} (null: the connection's
     * current schema, normally {@code public}) and the name of Flyway's history table there. An application that
     * embeds the library and runs Flyway of its own in the same database gives the Shopping API its own schema or
     * its own history table, so that neither validates the other's migrations (docs: README "Use as a library").
     * With a schema of its own, the connections the stores use must have it as their current schema (JDBC URL
     * parameter {@code currentSchema=<schema>}).
     */
    public record Migrations(String schema, String historyTable) {

        /** The service's own database: the current schema, Flyway's default history table. */
        public static final Migrations DEFAULT = new Migrations(null, "flyway_schema_history");

        public Migrations {
            if (historyTable == null || historyTable.isBlank()) {
                throw new IllegalArgumentException("historyTable is required (Flyway's default is flyway_schema_history)");
            }
            if (schema != null && schema.isBlank()) {
                throw new IllegalArgumentException("schema must be null (the current schema) or a name");
            }
        }
    }

    /** Brings the schema to the newest version; safe to run from several instances at once (Flyway locks). */
    public static void migrate(DataSource dataSource) {
        migrate(dataSource, Migrations.DEFAULT);
    }

    /**
     * As {@link #migrate(DataSource)}, into {@code migrations.schema()} with its history in
     * {@code migrations.historyTable()}. A schema that already holds other tables (a host application's) but not
     * this history table is not an error: the Shopping API's migrations then run from the first one.
     */
    public static void migrate(DataSource dataSource, Migrations migrations) {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table(migrations.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0");
        if (migrations.schema() != null) {
            flyway.schemas(migrations.schema()).defaultSchema(migrations.schema());
        }
        flyway.load().migrate();
    }

    /**
     * {@link #migrate(DataSource)} on connections of its own, without the pool's request timeouts: a migration may
     * rewrite a large table for minutes.
     */
    public static void migrate(Settings settings) {
        PGSimpleDataSource unpooled = new PGSimpleDataSource();
        unpooled.setUrl(settings.jdbcUrl());
        unpooled.setUser(settings.user());
        unpooled.setPassword(settings.password());
        migrate(unpooled, Migrations.DEFAULT);
    }

    /**
     * A Jdbi with the PostgreSQL types (uuid, jsonb, timestamptz) and SQL objects installed. A failing statement's
     * exception names the error and the SQL, never the bound values: those are webhook secrets, customer documents
     * and other things that must not reach a log.
     */
    public static Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource)
                .installPlugin(new PostgresPlugin())
                .installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(PostgresDatabase::withoutBoundValues);
        return jdbi;
    }

    private static String withoutBoundValues(StatementException e) {
        StatementContext context = e.getStatementContext();
        String sql = context == null ? null : context.getRawSql();
        return sql == null ? e.getShortMessage() : e.getShortMessage() + " [statement: \"" + sql.strip() + "\"]";
    }
}
