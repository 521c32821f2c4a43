package org.shoppingapi.domain.error;

/** Client credentials that do not match a client of the account (HTTP 401); never says which part was wrong. */
public final class InvalidClientException extends DomainException {

    public static final String CODE = "INVALID_CLIENT";
    public static final String MESSAGE = "invalid client credentials";

    public InvalidClientException() {
        // No stack trace: thrown for every wrong guess, never logged.
        super(CODE, MESSAGE, null, false);
    }
}
