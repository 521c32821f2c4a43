package org.shoppingapi.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shoppingapi.ports.auth.ClientInfo;
import org.shoppingapi.ports.in.auth.AdministerClientsUseCase;
import org.shoppingapi.ports.in.auth.CheckClientStandingUseCase;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.out.auth.ClientStanding;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.SecretHasher;

/**
 * Lists, revokes and rotates API clients, and answers on every authenticated request whether the token's client
 * still stands. That answer is read from the store at most once per {@code standingTtl} per client, so a
 * revocation or rotation takes effect within that time on every instance while a request costs no query.
 */
public final class ClientAdministrationService implements AdministerClientsUseCase, CheckClientStandingUseCase {

    private final ClientStore clients;
    private final SecretHasher hasher;
    private final Clock clock;
    private final Duration standingTtl;
    private final Map<String, Cached> standings = new ConcurrentHashMap<>();

    private record Cached(ClientStanding standing, Instant readAt) {
    }

    public ClientAdministrationService(ClientStore clients, SecretHasher hasher, Clock clock, Duration standingTtl) {
        this.clients = clients;
        this.hasher = hasher;
        this.clock = clock;
        this.standingTtl = standingTtl;
    }

    @Override
    public List<ClientInfo> list(String accountId) {
        return clients.list(accountId);
    }

    @Override
    public ClientInfo revoke(Optional<String> accountId, String clientId) {
        ClientInfo client = one(accountId, clientId);
        if (!clients.revoke(client.accountId(), clientId)) {
            throw new ClientNotFoundException("client " + clientId + " was revoked meanwhile");
        }
        standings.remove(key(client.accountId(), clientId));
        return clients.list(client.accountId()).stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                .orElse(client);
    }

    @Override
    public RegisteredClient rotate(Optional<String> accountId, String clientId) {
        ClientInfo client = one(accountId, clientId);
        String secret = RandomTokens.of(ClientRegistrationService.SECRET_BYTES);
        if (!clients.rotate(client.accountId(), clientId, hasher.hash(secret))) {
            throw new ClientNotFoundException("client " + clientId + " was revoked meanwhile");
        }
        standings.remove(key(client.accountId(), clientId));
        return new RegisteredClient(client.accountId(), clientId, secret, client.scopes());
    }

    private ClientInfo one(Optional<String> accountId, String clientId) {
        List<ClientInfo> live = clients.findLive(clientId).stream()
                .filter(c -> accountId.isEmpty() || accountId.get().equals(c.accountId()))
                .toList();
        if (live.isEmpty()) {
            throw new ClientNotFoundException("no live client " + clientId
                    + accountId.map(a -> " in account " + a).orElse(""));
        }
        if (live.size() > 1) {
            throw new ClientNotFoundException("client id " + clientId + " is used in accounts "
                    + live.stream().map(ClientInfo::accountId).toList() + "; name one with --account");
        }
        return live.get(0);
    }

    @Override
    public boolean honours(String accountId, String clientId, Instant issuedAt) {
        Instant now = clock.instant();
        String key = key(accountId, clientId);
        Cached cached = standings.get(key);
        if (cached == null || !cached.readAt().plus(standingTtl).isAfter(now)) {
            // Two requests may both read; the store is the truth and either reading is as fresh.
            cached = new Cached(clients.standing(accountId, clientId), now);
            standings.put(key, cached);
        }
        return cached.standing().honours(issuedAt);
    }

    private static String key(String accountId, String clientId) {
        return accountId + "\u0000" + clientId;
    }
}
