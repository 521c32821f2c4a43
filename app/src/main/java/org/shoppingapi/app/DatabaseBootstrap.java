package org.shoppingapi.app;

import com.zaxxer.hikari.HikariDataSource;
import java.util.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.jdbc.PostgresDatabase;
import org.shoppingapi.jdbc.embedded.EmbeddedPostgresServer;

/** Chooses the PostgreSQL (DB_URL or the embedded default), opens the pool and migrates the schema. */
final class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());

    private DatabaseBootstrap() {
    }

    /** An open database; closing it closes the pool and stops the embedded server, if one was started. */
    record OpenDatabase(HikariDataSource dataSource, Jdbi jdbi, EmbeddedPostgresServer embedded, String description)
            implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    static OpenDatabase open(ServiceSettings settings) {
        EmbeddedPostgresServer embedded = null;
        PostgresDatabase.Settings db;
        String description;
        if (settings.dbUrl().isPresent()) {
            db = new PostgresDatabase.Settings(settings.dbUrl().get(), settings.dbUser(), settings.dbPassword(),
                    settings.dbPoolSize(), settings.dbTimeouts());
            description = "PostgreSQL at " + redact(settings.dbUrl().get()) + " (DB_URL)";
        } else {
            LOG.info("DB_URL is not set: starting the embedded PostgreSQL with its data in " + settings.dataDir());
            embedded = EmbeddedPostgresStart.persistent(settings.dataDir());
            db = new PostgresDatabase.Settings(embedded.jdbcUrl("postgres"), embedded.user(), embedded.password(),
                    settings.dbPoolSize(),
                    settings.dbTimeouts());
            description = "embedded PostgreSQL on port " + embedded.port() + ", data in " + settings.dataDir();
        }
        LOG.info("Database: " + description);
        return migrated(db, embedded, description);
    }

    /** Migrates the schema; if that fails, closes what was opened (pool, embedded server) before rethrowing. */
    private static OpenDatabase migrated(PostgresDatabase.Settings db, EmbeddedPostgresServer embedded,
                                         String description) {
        HikariDataSource dataSource = PostgresDatabase.pool(db);
        OpenDatabase database = new OpenDatabase(dataSource, PostgresDatabase.jdbi(dataSource), embedded, description);
        try {
            PostgresDatabase.migrate(db);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * The database for a one-off command such as {@code clients create}: like {@link #open}, except that an
     * embedded PostgreSQL already running on the data directory (the service's) is joined, not restarted.
     */
    static OpenDatabase openForCommand(ServiceSettings settings) {
        if (settings.dbUrl().isEmpty()) {
            var running = EmbeddedPostgresServer.runningPort(settings.dataDir());
            if (running.isPresent()) {
                String url = "jdbc:postgresql://localhost:" + running.getAsInt() + "/postgres";
                LOG.info("Using the embedded PostgreSQL already running on port " + running.getAsInt()
                        + " with its data in " + settings.dataDir());
                String password = EmbeddedPostgresServer.passwordOf(settings.dataDir());
                return migrated(new PostgresDatabase.Settings(url, "postgres", password, 2), null,
                        "embedded PostgreSQL on port " + running.getAsInt());
            }
        }
        return open(settings);
    }

    /** A JDBC URL may carry a password parameter; never log it. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
