package org.shoppingapi.jdbc.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** timestamptz ↔ Instant; what the API shows is kept to the millisecond, like every other timestamp. */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
}
