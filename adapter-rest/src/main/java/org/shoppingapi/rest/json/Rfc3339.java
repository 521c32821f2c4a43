package org.shoppingapi.rest.json;

import java.time.Instant;

/**
 * The instants a client may send: RFC 3339 writes a year with four digits, so 0000 to 9999. Java parses wider years
 * ({@code +300000-01-01T00:00:00Z}), which PostgreSQL cannot store or compare with: without this bound such input
 * was a 500.
 */
public final class Rfc3339 {

    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Rfc3339() {
    }

    /** Whether {@code instant} has a four-digit year in UTC. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
    }
}
