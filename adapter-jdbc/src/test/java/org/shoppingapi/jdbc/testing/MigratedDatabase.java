package org.shoppingapi.jdbc.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.jdbc.PostgresDatabase;

/** A test class's own database with the schema migrated, its Jdbi, and a counter of the SQL statements it ran. */
public final class MigratedDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final AtomicInteger statements = new AtomicInteger();

    private MigratedDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = PostgresDatabase.jdbi(dataSource);
        jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
    }

    public static MigratedDatabase create(Class<?> testClass, int poolSize) {
        HikariDataSource dataSource = PostgresDatabase.pool(TestDatabases.create(testClass).settings(poolSize));
        PostgresDatabase.migrate(dataSource);
        return new MigratedDatabase(dataSource);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** How many statements Jdbi has executed since the last {@link #resetStatementCount()}. */
    public int statementCount() {
        return statements.get();
    }

    public void resetStatementCount() {
        statements.set(0);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
