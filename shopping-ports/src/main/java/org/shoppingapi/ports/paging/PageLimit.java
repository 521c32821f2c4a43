package org.shoppingapi.ports.paging;

import org.shoppingapi.domain.error.ValidationException;

/** The {@code limit} rule of every list (SPEC §1): 1..100, default 10. */
public final class PageLimit {

    public static final int DEFAULT = 10;
    public static final int MAX = 100;

    private PageLimit() {
    }

    /** {@code limit} when within 1..100, {@link #DEFAULT} when absent; otherwise a 400 naming {@code limit}. */
    public static int of(Integer limit) {
        if (limit == null) {
            return DEFAULT;
        }
        if (limit < 1 || limit > MAX) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX);
        }
        return limit;
    }
}
