package org.shoppingapi.rest.error;

import java.util.List;
import org.shoppingapi.rest.error.ErrorJson.FieldErrorJson;

/** An HTTP-level refusal raised by the REST adapter itself (bad path parameter, bad header, auth). */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldErrorJson> errors;

    public ApiException(int status, String code, String message, List<FieldErrorJson> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    /** A 400 naming one field. */
    public static ApiException badField(String field, String problem) {
        String message = field + " " + problem;
        return new ApiException(400, "VALIDATION_ERROR", message, List.of(new FieldErrorJson(field, message)));
    }

    public int status() {
        return status;
    }

    public ErrorJson body() {
        return ErrorJson.of(code, getMessage(), errors);
    }
}
