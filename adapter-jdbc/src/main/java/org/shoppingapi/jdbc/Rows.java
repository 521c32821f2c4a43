package org.shoppingapi.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Column conversions and error recognition shared by the Jdbi stores. */
public final class Rows {

    private static final String UNIQUE_VIOLATION = "23505";

    private Rows() {
    }

    /** A {@code timestamptz} bind value; {@code null} stays null. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A {@code timestamptz} column as stored; SQL NULL is {@code null}. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * A {@code timestamptz} column cut to the millisecond, like every timestamp the API shows: for columns the
     * database fills with {@code now()}, which keeps microseconds.
     */
    public static Instant instantInMillis(ResultSet rs, String column) throws SQLException {
        Instant value = instant(rs, column);
        return value == null ? null : value.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A {@code uuid} key given as text that may not be one: empty then, as no row can have it. */
    public static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code e} is PostgreSQL refusing a row that breaks the unique constraint or index {@code name}, or the
     * index of one of its partitions or shards, which carry the name plus a suffix ({@code name_p1},
     * {@code name_102008} on a distributed table).
     */
    public static boolean violates(UnableToExecuteStatementException e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                return message.contains("\"" + name + "\"") || message.contains("\"" + name + "_");
            }
        }
        return false;
    }
}
