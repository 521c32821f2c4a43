package org.shoppingapi.ports.out.auth;

import java.util.Optional;

/** Where API clients are kept, per account. */
public interface ClientStore {

    /** Inserts the client or replaces the hash and scopes of the one with the same account and id. */
    void upsert(StoredClient client);

    /** The client {@code clientId} of {@code accountId}; a client of another account is never found. */
    Optional<StoredClient> find(String accountId, String clientId);
}
