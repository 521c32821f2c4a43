package org.shoppingapi.ports.auth;

import java.time.Instant;
import java.util.List;

/**
 * What an operator may see of an API client, never its secret or its hash; {@code lastUsedAt} and {@code revokedAt}
 * may be null.
 */
public record ClientInfo(String accountId, String clientId, List<String> scopes, Instant createdAt, Instant lastUsedAt,
                         Instant revokedAt) {

    public ClientInfo {
        scopes = List.copyOf(scopes);
    }
}
