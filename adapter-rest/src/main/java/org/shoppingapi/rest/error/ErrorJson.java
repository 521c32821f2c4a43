package org.shoppingapi.rest.error;

import java.util.List;

/** The SPEC §1 error body: {@code {"error": {"code", "message", "errors": [{"field", "message"}]}}}. */
public record ErrorJson(Body error) {

    /** The error itself. */
    public record Body(String code, String message, List<FieldErrorJson> errors) {
    }

    /** One field's problem. */
    public record FieldErrorJson(String field, String message) {
    }

    public static ErrorJson of(String code, String message, List<FieldErrorJson> errors) {
        return new ErrorJson(new Body(code, message, List.copyOf(errors)));
    }

    public static ErrorJson of(String code, String message) {
        return of(code, message, List.of());
    }
}
