package org.shoppingapi.domain.error;

import java.util.List;
import java.util.UUID;

/** A change or completion was asked of a draft that is completed or deleted (HTTP 409). */
public final class DraftNotOpenException extends DomainException {

    public static final String CODE = "DRAFT_NOT_OPEN";

    public DraftNotOpenException(UUID draftId, String status) {
        super(CODE, "draft " + draftId + " is " + status + ", only an open draft can be changed", List.of());
    }
}
