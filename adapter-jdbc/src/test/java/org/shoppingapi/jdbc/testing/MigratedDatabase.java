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
    private final OnePartitionPerStatement partitionCheck;

    private MigratedDatabase(HikariDataSource dataSource, OnePartitionPerStatement partitionCheck) {
        this.dataSource = dataSource;
        this.jdbi = PostgresDatabase.jdbi(dataSource);
        this.partitionCheck = partitionCheck;
        jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
                if (partitionCheck != null) {
                    partitionCheck.logBeforeExecution(context);
                }
            }
        });
    }

    /**
     * The schema as the migrations build it; or, when the system property {@code shopping.test.partitioned} is
     * true (the build's second run of the store contract tests), rebuilt with every per-account table hash
     * partitioned by account_id and every statement of the stores checked to touch one partition.
     */
    public static MigratedDatabase create(Class<?> testClass, int poolSize) {
        return create(testClass, poolSize, Boolean.getBoolean("shopping.test.partitioned"));
    }

    public static MigratedDatabase create(Class<?> testClass, int poolSize, boolean partitioned) {
        HikariDataSource dataSource = PostgresDatabase.pool(TestDatabases.create(testClass).settings(poolSize));
        PostgresDatabase.migrate(dataSource);
        if (partitioned) {
            PartitionedSchema.apply(PostgresDatabase.jdbi(dataSource));
        }
        return new MigratedDatabase(dataSource, partitioned ? new OnePartitionPerStatement() : null);
    }

    /** The partition check of a partitioned database, if this is one. */
    public java.util.Optional<OnePartitionPerStatement> partitionCheck() {
        return java.util.Optional.ofNullable(partitionCheck);
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
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
        if (partitionCheck != null && partitionCheck.checked().isEmpty()) {
            throw new AssertionError("the partitioned schema checked no statement: the check is not running");
        }
    }
}
