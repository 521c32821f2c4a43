package org.shoppingapi.application.auth;

import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.ports.in.auth.RegisterClientUseCase;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.SecretHasher;
import org.shoppingapi.ports.out.auth.StoredClient;

/**
 * Registers API clients: generates what was not given, keeps only the secret's hash; a new client's id is at most 40
 * characters.
 */
public final class ClientRegistrationService implements RegisterClientUseCase {

    /** 32 random bytes: a 256-bit secret, 43 characters. */
    static final int SECRET_BYTES = 32;
    /** 12 random bytes: 24 hex characters, unguessable and easy to paste. */
    static final int CLIENT_ID_BYTES = 12;
    /**
     * A client id becomes the {@code created_by} of what the client writes, which the vendor bounds at 40 characters.
     * Ids up to 100 were accepted before; those clients stay registered and can still be rotated.
     */
    static final int MAX_NEW_CLIENT_ID_LENGTH = 40;

    private final ClientStore clients;
    private final SecretHasher hasher;

    public ClientRegistrationService(ClientStore clients, SecretHasher hasher) {
        this.clients = clients;
        this.hasher = hasher;
    }

    @Override
    public RegisteredClient register(RegisterClientCommand command) {
        String clientId = command.clientId().orElseGet(() -> RandomTokens.hex(CLIENT_ID_BYTES));
        if (clientId.length() > MAX_NEW_CLIENT_ID_LENGTH
                && clients.find(command.accountId(), clientId).isEmpty()) {
            throw ValidationException.of("client_id", "must be at most " + MAX_NEW_CLIENT_ID_LENGTH + " characters");
        }
        String secret = command.clientSecret().orElseGet(() -> RandomTokens.of(SECRET_BYTES));
        clients.upsert(new StoredClient(command.accountId(), clientId, hasher.hash(secret), command.scopes()));
        return new RegisteredClient(command.accountId(), clientId, secret, command.scopes());
    }
}
