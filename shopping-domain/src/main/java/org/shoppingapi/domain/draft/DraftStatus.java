package org.shoppingapi.domain.draft;

import java.util.Locale;
import org.shoppingapi.domain.error.ValidationException;

/** Life cycle of a draft: {@code open} → {@code completed} or {@code deleted}. */
public enum DraftStatus {
    OPEN, COMPLETED, DELETED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DraftStatus fromWire(String value) {
        for (DraftStatus s : values()) {
            if (s.wireName().equals(value)) {
                return s;
            }
        }
        throw ValidationException.of("status", "must be one of open, completed, deleted");
    }
}
