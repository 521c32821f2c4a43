package org.shoppingapi.rest.auth;

import java.util.Set;

/** What a valid access token says: the client, its account and its scopes. */
public record VerifiedToken(String clientId, String accountId, Set<String> scopes) {

    public VerifiedToken {
        scopes = Set.copyOf(scopes);
    }
}
