package org.shoppingapi.ports.in.idempotency;

import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.AccountId;

/**
 * A request carrying an {@code Idempotency-Key}: the account the key is scoped to, the key, and the fingerprint of
 * what was asked (method, path and body), which a repeat must match.
 */
public record BeginRequestCommand(String accountId, String key, String fingerprint) {

    /** Keys are client-chosen; a bound keeps one bad client from filling the key table with megabyte keys. */
    public static final int MAX_KEY_LENGTH = 255;

    public BeginRequestCommand {
        AccountId.require(accountId);
        if (key == null || key.isBlank()) {
            throw ValidationException.of("Idempotency-Key", "must not be empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ValidationException.of("Idempotency-Key", "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        if (fingerprint == null || fingerprint.isEmpty()) {
            throw new IllegalArgumentException("fingerprint is required");
        }
    }
}
