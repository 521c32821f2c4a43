package org.shoppingapi.rest.error;

import java.util.List;

/**
 * The SPEC §1 error body: {@code {"error": {"code", "message", "errors": [{"field", "message"}], "request_id"}}};
 * {@code request_id} (the request's X-Request-Id) is added on the way out by the observation filter.
 */
public record ErrorJson(Body error) {

    /** The error itself. */
    public record Body(String code, String message, List<FieldErrorJson> errors, String requestId) {
    }

    /** One field's problem. */
    public record FieldErrorJson(String field, String message) {
    }

    public static ErrorJson of(String code, String message, List<FieldErrorJson> errors) {
        return new ErrorJson(new Body(code, message, List.copyOf(errors), null));
    }

    /** The same error naming the request it answers. */
    public ErrorJson withRequestId(String requestId) {
        return new ErrorJson(new Body(error.code(), error.message(), error.errors(), requestId));
    }

    public static ErrorJson of(String code, String message) {
        return of(code, message, List.of());
    }
}
