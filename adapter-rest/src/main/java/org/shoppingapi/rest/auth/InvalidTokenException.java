package org.shoppingapi.rest.auth;

/** A bearer token that is malformed, badly signed, expired or not ours; the reason is for logs at most. */
public final class InvalidTokenException extends Exception {

    public InvalidTokenException(String reason) {
        super(reason, null, false, false);
    }
}
