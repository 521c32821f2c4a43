package org.shoppingapi.ports.out;

/**
 * The checkout provider that starts payment sessions (SPEC §5b): given the order's lines and amounts it answers the
 * session's id and the URL to send the buyer to. Adapters: a URL template (no outbound call) or a checkout API.
 */
public interface PaymentSessions {

    /** No provider configured: starting a session is refused with 409 {@code CHECKOUT_NOT_CONFIGURED}. */
    PaymentSessions NOT_CONFIGURED = new PaymentSessions() {
        @Override
        public boolean configured() {
            return false;
        }

        @Override
        public StartedSession start(CheckoutRequest request) {
            throw new IllegalStateException("no checkout provider is configured");
        }
    };

    default boolean configured() {
        return true;
    }

    /**
     * Starts a session at the provider. A provider that fails, answers nonsense or does not answer in time throws
     * {@link org.shoppingapi.domain.error.CheckoutUnavailableException}.
     */
    StartedSession start(CheckoutRequest request);
}
