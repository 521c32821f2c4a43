package org.shoppingapi.rest.error;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure of the database's availability (answered 503 + Retry-After: try again later) from a bug (500). The
 * JDBC exception is found in the cause chain, whatever wrapped it (Jdbi, a store, a transaction).
 */
final class DatabaseUnavailability {

    /**
     * PostgreSQL states that say "not now" rather than "wrong": the server shutting down or starting
     * (57P01..57P03), a statement cancelled by {@code statement_timeout} (57014), no connection slot left (53300).
     * Class 08 (connection exceptions, also a read that timed out or a connection dropped during commit) is checked
     * by its prefix.
     */
    private static final Set<String> NOT_NOW = Set.of("57P01", "57P02", "57P03", "57014", "53300");

    private DatabaseUnavailability() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || NOT_NOW.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
