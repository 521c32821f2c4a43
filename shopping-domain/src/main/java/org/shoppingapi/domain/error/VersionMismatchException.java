package org.shoppingapi.domain.error;

/** An {@code If-Match} version that the resource has moved past (HTTP 412); nothing was changed. */
public final class VersionMismatchException extends RuntimeException {

    private final long expected;
    private final long actual;

    public VersionMismatchException(long expected, long actual) {
        super("If-Match version " + expected + " does not match the current version " + actual);
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
