package org.shoppingapi.ports.out.auth;

import java.util.function.Supplier;

/** Keeps the service's token signing key so tokens stay valid across restarts and instances. */
public interface SigningKeyStore {

    /**
     * The stored key (an opaque text, e.g. a private JWK); when there is none, stores {@code newKey}'s. When
     * several instances start at once exactly one key wins and every caller gets that one.
     */
    String findOrCreate(Supplier<String> newKey);
}
