package org.shoppingapi.ports.service.auth;

import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.ports.in.auth.RegisterClientUseCase;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.SecretHasher;
import org.shoppingapi.ports.out.auth.StoredClient;

/** Registers API clients: generates what was not given, keeps only the secret's hash. */
public final class ClientRegistrationService implements RegisterClientUseCase {

    /** 32 random bytes: a 256-bit secret, 43 characters. */
    static final int SECRET_BYTES = 32;
    /** 12 random bytes: 24 hex characters, unguessable and easy to paste. */
    static final int CLIENT_ID_BYTES = 12;

    private final ClientStore clients;
    private final SecretHasher hasher;

    public ClientRegistrationService(ClientStore clients, SecretHasher hasher) {
        this.clients = clients;
        this.hasher = hasher;
    }

    @Override
    public RegisteredClient register(RegisterClientCommand command) {
        String clientId = command.clientId().orElseGet(() -> RandomTokens.hex(CLIENT_ID_BYTES));
        String secret = command.clientSecret().orElseGet(() -> RandomTokens.of(SECRET_BYTES));
        clients.upsert(new StoredClient(command.accountId(), clientId, hasher.hash(secret), command.scopes()));
        return new RegisteredClient(command.accountId(), clientId, secret, command.scopes());
    }
}
