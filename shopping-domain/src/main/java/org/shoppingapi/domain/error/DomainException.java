package org.shoppingapi.domain.error;

import java.util.List;

/**
 * Every refusal the core reports. The permitted subclasses are the kinds of refusal (bad input, not found, conflict
 * …): an adapter maps each kind once, in one switch over this sealed type, so a new kind does not compile until it
 * is mapped. {@link #code()} is the stable machine code clients read (e.g. {@code DRAFT_NOT_OPEN} among conflicts).
 */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationException, NotFoundException, ConflictException, DraftNotOpenException,
        VersionMismatchException, IdempotencyKeyReusedException, InvalidClientException,
        CheckoutUnavailableException {

    private final String code;
    private final List<FieldError> errors;

    protected DomainException(String code, String message, List<FieldError> errors) {
        super(message);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** For refusals thrown often and never logged (bad credentials), or caused by another failure. */
    protected DomainException(String code, String message, Throwable cause, boolean writableStackTrace) {
        super(message, cause, false, writableStackTrace);
        this.code = code;
        this.errors = List.of();
    }

    /** Stable machine-readable code, e.g. {@code VALIDATION_ERROR} or {@code DRAFT_NOT_OPEN}. */
    public String code() {
        return code;
    }

    /** Field-level details; may be empty. */
    public List<FieldError> errors() {
        return errors;
    }
}
