package org.shoppingapi.ports.in.auth;

/** Registers or replaces an account's API client (SHOPPING_CLIENTS at start, the {@code clients create} command). */
public interface RegisterClientUseCase {

    /** Stores only a slow hash of the secret; the answer carries the secret in clear once. */
    RegisteredClient register(RegisterClientCommand command);
}
