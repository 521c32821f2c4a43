package org.shoppingapi.domain.error;

import java.util.List;

/** An {@code If-Match} version that the resource has moved past (HTTP 412); nothing was changed. */
public final class VersionMismatchException extends DomainException {

    public static final String CODE = "VERSION_MISMATCH";

    private final long expected;
    private final long actual;

    public VersionMismatchException(long expected, long actual) {
        super(CODE, "If-Match version " + expected + " does not match the current version " + actual, List.of());
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
