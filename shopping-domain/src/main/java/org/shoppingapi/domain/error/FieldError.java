package org.shoppingapi.domain.error;

import java.util.Objects;

/**
 * One problem with one input field, named by its path (e.g. {@code order.items[1].gross_amount}); an adapter shows
 * the path in its own terms (the REST adapter: snake_case JSON paths, header names).
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(message, "message");
    }

    /** The standard "is required" error, so every module words it the same way. */
    public static FieldError required(String field) {
        return new FieldError(field, field + " is required");
    }

    /** An error whose message starts with the field path, as the API's error bodies do. */
    public static FieldError of(String field, String problem) {
        return new FieldError(field, field + " " + problem);
    }
}
