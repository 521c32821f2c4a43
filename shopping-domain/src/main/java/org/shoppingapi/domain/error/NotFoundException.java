package org.shoppingapi.domain.error;

/** The addressed resource does not exist in the caller's account (HTTP 404). */
public final class NotFoundException extends RuntimeException {

    private final String resource;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
    }

    /** The resource's kind as named in the API, e.g. {@code draft_order}. */
    public String resource() {
        return resource;
    }
}
