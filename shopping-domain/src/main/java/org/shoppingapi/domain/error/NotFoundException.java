package org.shoppingapi.domain.error;

import java.util.List;

/** The addressed resource, or a line of it, does not exist in the caller's account (HTTP 404). */
public final class NotFoundException extends DomainException {

    public static final String CODE = "NOT_FOUND";

    private final String resource;

    public NotFoundException(String resource, Object id) {
        super(CODE, resource + " " + id + " not found", List.of());
        this.resource = resource;
    }

    /** The resource's kind as named in the API, e.g. {@code draft_order}. */
    public String resource() {
        return resource;
    }
}
