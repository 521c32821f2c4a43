package org.shoppingapi.domain.draft;

/** Life cycle of a draft: {@code open} → {@code completed} or {@code deleted}. */
public enum DraftStatus {
    OPEN, COMPLETED, DELETED
}
