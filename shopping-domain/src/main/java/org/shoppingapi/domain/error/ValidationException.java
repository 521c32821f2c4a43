package org.shoppingapi.domain.error;

import java.util.List;

/** Input that breaks a rule of the model (HTTP 400). */
public final class ValidationException extends DomainException {

    public static final String CODE = "VALIDATION_ERROR";
    public static final String OVERFLOW_CODE = "AMOUNT_OVERFLOW";

    public ValidationException(List<FieldError> errors) {
        this(CODE, summary(errors), errors);
    }

    public ValidationException(String code, String message, List<FieldError> errors) {
        super(code, message, errors);
    }

    public static ValidationException of(String field, String problem) {
        return new ValidationException(List.of(FieldError.of(field, problem)));
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one field error");
        }
        // The first message is the most useful single line for a client reading only `message`.
        return errors.size() == 1 ? errors.get(0).message()
                : errors.get(0).message() + " (and " + (errors.size() - 1) + " more)";
    }
}
