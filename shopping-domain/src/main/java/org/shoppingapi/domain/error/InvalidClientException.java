package org.shoppingapi.domain.error;

/** Client credentials that do not match a client of the account (HTTP 401); never says which part was wrong. */
public final class InvalidClientException extends RuntimeException {

    public static final String MESSAGE = "invalid client credentials";

    public InvalidClientException() {
        super(MESSAGE, null, false, false);
    }
}
