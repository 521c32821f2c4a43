package org.shoppingapi.ports.in.auth;

import java.util.List;
import java.util.Optional;
import org.shoppingapi.ports.auth.ClientInfo;

/**
 * What an operator does with API clients besides creating them: list an account's clients, revoke one (no new
 * tokens, and its issued tokens stop working), rotate its secret (a new one, returned once; tokens issued before
 * stop working). {@code accountId} may be empty when the client id names one client across all accounts.
 */
public interface AdministerClientsUseCase {

    List<ClientInfo> list(String accountId);

    /** The revoked client; {@link ClientNotFoundException} when no live client matches. */
    ClientInfo revoke(Optional<String> accountId, String clientId);

    /** The client with its new secret (shown once); {@link ClientNotFoundException} when no live client matches. */
    RegisteredClient rotate(Optional<String> accountId, String clientId);

    /** No live client matches, or the client id is used in several accounts and none was named. */
    final class ClientNotFoundException extends RuntimeException {
        public ClientNotFoundException(String message) {
            super(message);
        }
    }
}
