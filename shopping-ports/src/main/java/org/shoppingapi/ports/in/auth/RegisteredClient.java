package org.shoppingapi.ports.in.auth;

import java.util.List;

/** A client as just registered, with its secret in clear: the only moment it exists outside the caller's hands. */
public record RegisteredClient(String accountId, String clientId, String clientSecret, List<String> scopes) {

    public RegisteredClient {
        scopes = List.copyOf(scopes);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "RegisteredClient[accountId=" + accountId + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
