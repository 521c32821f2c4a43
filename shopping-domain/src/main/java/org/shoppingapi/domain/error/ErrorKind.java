package org.shoppingapi.domain.error;

/** The class of a domain error, which an adapter maps to a status code (400, 409). */
public enum ErrorKind {
    /** Bad input: 400. */
    VALIDATION,
    /** The draft is no longer open: 409 with code {@code DRAFT_NOT_OPEN}. */
    DRAFT_NOT_OPEN,
    /** The request clashes with the resource's state: 409. */
    CONFLICT
}
