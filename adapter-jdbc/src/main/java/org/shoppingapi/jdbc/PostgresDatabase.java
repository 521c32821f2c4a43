package org.shoppingapi.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Opens the PostgreSQL the service runs on: a bounded pool, the schema migrations and the Jdbi handle. */
public final class PostgresDatabase {

    private PostgresDatabase() {
    }

    /** Connection settings; {@code maxPoolSize} bounds what one service instance may hold open. */
    public record Settings(String jdbcUrl, String user, String password, int maxPoolSize) {
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
        // Fail a request after a few seconds instead of queueing forever when the database is gone.
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        // Store code runs every multi-row write in an explicit transaction.
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /** Brings the schema to the newest version; safe to run from several instances at once (Flyway locks). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** A Jdbi with the PostgreSQL types (uuid, jsonb, timestamptz) and SQL objects installed. */
    public static Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(dataSource)
                .installPlugin(new PostgresPlugin())
                .installPlugin(new SqlObjectPlugin());
    }
}
