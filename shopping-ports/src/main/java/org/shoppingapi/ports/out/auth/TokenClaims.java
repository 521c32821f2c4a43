package org.shoppingapi.ports.out.auth;

import java.time.Instant;
import java.util.List;

/** What an access token asserts: which client of which account, with which scopes, valid when. */
public record TokenClaims(String clientId, String accountId, List<String> scopes, Instant issuedAt, Instant expiresAt) {

    public TokenClaims {
        scopes = List.copyOf(scopes);
    }
}
