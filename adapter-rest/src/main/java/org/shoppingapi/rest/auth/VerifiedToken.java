package org.shoppingapi.rest.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What a valid access token says: the client, its account, its scopes, when it was issued and when it expires. */
public record VerifiedToken(String clientId, String accountId, Set<String> scopes, Instant issuedAt,
                            Instant expiresAt) {

    public VerifiedToken {
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A token whose issue and expiry times do not matter (tests of scope checks). */
    public VerifiedToken(String clientId, String accountId, Set<String> scopes) {
        this(clientId, accountId, scopes, Instant.EPOCH, Instant.MAX);
    }
}
