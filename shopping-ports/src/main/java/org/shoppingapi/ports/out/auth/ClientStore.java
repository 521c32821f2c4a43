package org.shoppingapi.ports.out.auth;

import java.util.List;
import java.util.Optional;
import org.shoppingapi.ports.auth.ClientInfo;

/** Where API clients are kept, per account. */
public interface ClientStore {

    /** Inserts the client or replaces the hash and scopes of the one with the same account and id. */
    void upsert(StoredClient client);

    /**
     * The live client {@code clientId} of {@code accountId}; a client of another account or a revoked one is never
     * found.
     */
    Optional<StoredClient> find(String accountId, String clientId);

    /** The clients of {@code accountId} (revoked ones included), oldest first. */
    List<ClientInfo> list(String accountId);

    /** Every live client with this id, whatever its account (ids are unique per account only). */
    List<ClientInfo> findLive(String clientId);

    /** Marks the client revoked; false when no live client matched. */
    boolean revoke(String accountId, String clientId);

    /** Replaces the secret's hash and refuses tokens issued until now; false when no live client matched. */
    boolean rotate(String accountId, String clientId, String secretHash);

    /** The client's revocation state ({@link ClientStanding#GOOD} for a live, never rotated one). */
    ClientStanding standing(String accountId, String clientId);

    /** Notes that the client just obtained a token. */
    void markUsed(String accountId, String clientId);
}
