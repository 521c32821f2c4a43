package org.shoppingapi.domain.error;

import java.util.List;

/** Root of every rule violation the domain reports; carries a machine code and per-field errors. */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationException, DraftNotOpenException, ConflictException {

    private final String code;
    private final List<FieldError> errors;

    protected DomainException(String code, String message, List<FieldError> errors) {
        super(message);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** Stable machine-readable code, e.g. {@code VALIDATION_ERROR} or {@code DRAFT_NOT_OPEN}. */
    public String code() {
        return code;
    }

    /** Field-level details; may be empty. */
    public List<FieldError> errors() {
        return errors;
    }

    public abstract ErrorKind kind();
}
