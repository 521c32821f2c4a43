package org.shoppingapi.domain.error;

/**
 * The checkout provider failed, answered something unusable or did not answer in time (HTTP 502
 * {@code CHECKOUT_UNAVAILABLE}); nothing was stored.
 */
public final class CheckoutUnavailableException extends RuntimeException {

    public static final String CODE = "CHECKOUT_UNAVAILABLE";

    public CheckoutUnavailableException(String message) {
        super(message);
    }

    public CheckoutUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
