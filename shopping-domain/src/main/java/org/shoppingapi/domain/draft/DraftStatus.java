package org.shoppingapi.domain.draft;

import org.shoppingapi.domain.wire.WireNames;

/** Life cycle of a draft: {@code open} → {@code completed} or {@code deleted}. */
public enum DraftStatus {
    OPEN, COMPLETED, DELETED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static DraftStatus fromWire(String value) {
        return WireNames.parse(DraftStatus.class, value, "status");
    }
}
