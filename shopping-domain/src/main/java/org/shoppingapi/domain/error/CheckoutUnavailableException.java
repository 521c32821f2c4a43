package org.shoppingapi.domain.error;

import java.util.List;

/**
 * The checkout provider failed, answered something unusable or did not answer in time (HTTP 502
 * {@code CHECKOUT_UNAVAILABLE}); nothing was stored.
 */
public final class CheckoutUnavailableException extends DomainException {

    public static final String CODE = "CHECKOUT_UNAVAILABLE";

    public CheckoutUnavailableException(String message) {
        super(CODE, message, List.of());
    }

    public CheckoutUnavailableException(String message, Throwable cause) {
        super(CODE, message, cause, true);
    }
}
