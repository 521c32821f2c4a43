package org.shoppingapi.domain.error;

import java.util.List;

/** An expected version that the aggregate has moved past; nothing was changed. */
public final class VersionMismatchException extends DomainException {

    public static final String CODE = "VERSION_MISMATCH";

    private final long expected;
    private final long actual;

    public VersionMismatchException(long expected, long actual) {
        super(CODE, "expected version " + expected + " does not match the current version " + actual, List.of());
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
