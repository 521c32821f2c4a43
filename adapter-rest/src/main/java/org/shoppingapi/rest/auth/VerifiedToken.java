package org.shoppingapi.rest.auth;

import java.time.Instant;
import java.util.Set;

/** What a valid access token says: the client, its account, its scopes and when it was issued. */
public record VerifiedToken(String clientId, String accountId, Set<String> scopes, Instant issuedAt) {

    public VerifiedToken {
        scopes = Set.copyOf(scopes);
    }

    /** A token whose issue time does not matter (tests of scope checks). */
    public VerifiedToken(String clientId, String accountId, Set<String> scopes) {
        this(clientId, accountId, scopes, Instant.EPOCH);
    }
}
