package org.shoppingapi.ports.out.auth;

import java.util.List;

/** An API client as kept: its account, id, the slow hash of its secret and its scopes. */
public record StoredClient(String accountId, String clientId, String secretHash, List<String> scopes) {

    public StoredClient {
        scopes = List.copyOf(scopes);
    }

    /** Leaves the hash out: it is not a secret, but it has no business in logs either. */
    @Override
    public String toString() {
        return "StoredClient[accountId=" + accountId + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
