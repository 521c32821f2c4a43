package org.shoppingapi.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.shoppingapi.domain.error.InvalidClientException;
import org.shoppingapi.ports.in.auth.IssueTokenCommand;
import org.shoppingapi.ports.in.auth.IssueTokenUseCase;
import org.shoppingapi.ports.in.auth.IssuedToken;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.SecretHasher;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.ports.out.auth.TokenClaims;
import org.shoppingapi.ports.out.auth.TokenSigner;

/** Issues access tokens for client credentials, doing the same work whether the client exists or not. */
public final class TokenService implements IssueTokenUseCase {

    private final ClientStore clients;
    private final SecretHasher hasher;
    private final TokenSigner signer;
    private final Clock clock;
    private final Duration lifetime;
    /**
     * A hash of a secret nobody knows, made by the same hasher (so with the same cost as real hashes). An unknown
     * client's secret is checked against it, so "no such client" costs as much time as "wrong secret".
     */
    private final String unknownClientHash;

    public TokenService(ClientStore clients, SecretHasher hasher, TokenSigner signer, Clock clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        this.clients = clients;
        this.hasher = hasher;
        this.signer = signer;
        this.clock = clock;
        this.lifetime = lifetime;
        this.unknownClientHash = hasher.hash(RandomTokens.of(32));
    }

    @Override
    public IssuedToken issue(IssueTokenCommand command) {
        String clientId = command.clientId() == null ? "" : command.clientId();
        String secret = command.clientSecret() == null ? "" : command.clientSecret();
        Optional<StoredClient> client = clientId.isEmpty() ? Optional.empty()
                : clients.find(command.accountId(), clientId);
        // Always verify, and only then look at whether the client was found: both failures take one bcrypt check.
        boolean secretMatches = hasher.matches(secret, client.map(StoredClient::secretHash).orElse(unknownClientHash));
        if (client.isEmpty() || !secretMatches) {
            throw new InvalidClientException();
        }
        StoredClient found = client.get();
        clients.markUsed(found.accountId(), found.clientId());
        Instant now = clock.instant();
        String token = signer.sign(new TokenClaims(found.clientId(), found.accountId(), found.scopes(), now,
                now.plus(lifetime)));
        return new IssuedToken(token, lifetime.toSeconds(), found.scopes());
    }
}
