package org.shoppingapi.application.auth;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.shoppingapi.ports.auth.ClientInfo;
import org.shoppingapi.ports.out.auth.ClientStanding;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.SecretHasher;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.ports.out.auth.TokenClaims;
import org.shoppingapi.ports.out.auth.TokenSigner;

/** In-memory fakes of the auth out-ports, counting what the service asks of them. */
final class FakeAuthPorts {

    private FakeAuthPorts() {
    }

    /** Clients in a map keyed by account and id. */
    static final class InMemoryClients implements ClientStore {
        final Map<List<String>, StoredClient> rows = new HashMap<>();

        @Override
        public void upsert(StoredClient client) {
            rows.put(List.of(client.accountId(), client.clientId()), client);
        }

        final Map<List<String>, ClientStanding> standings = new HashMap<>();
        final Map<List<String>, Integer> uses = new HashMap<>();

        @Override
        public Optional<StoredClient> find(String accountId, String clientId) {
            return Optional.ofNullable(rows.get(List.of(accountId, clientId)))
                    .filter(c -> standing(accountId, clientId).revokedAt() == null);
        }

        @Override
        public List<ClientInfo> list(String accountId) {
            return rows.values().stream().filter(c -> c.accountId().equals(accountId)).map(this::info).toList();
        }

        @Override
        public List<ClientInfo> findLive(String clientId) {
            return rows.values().stream().filter(c -> c.clientId().equals(clientId)).map(this::info)
                    .filter(c -> c.revokedAt() == null).toList();
        }

        private ClientInfo info(StoredClient c) {
            return new ClientInfo(c.accountId(), c.clientId(), c.scopes(), Instant.EPOCH, null,
                    standing(c.accountId(), c.clientId()).revokedAt());
        }

        @Override
        public boolean revoke(String accountId, String clientId) {
            if (find(accountId, clientId).isEmpty()) {
                return false;
            }
            standings.put(List.of(accountId, clientId), new ClientStanding(Instant.now(), null));
            return true;
        }

        @Override
        public boolean rotate(String accountId, String clientId, String secretHash) {
            Optional<StoredClient> client = find(accountId, clientId);
            if (client.isEmpty()) {
                return false;
            }
            upsert(new StoredClient(accountId, clientId, secretHash, client.get().scopes()));
            standings.put(List.of(accountId, clientId), new ClientStanding(null, Instant.now()));
            return true;
        }

        @Override
        public ClientStanding standing(String accountId, String clientId) {
            return standings.getOrDefault(List.of(accountId, clientId), ClientStanding.GOOD);
        }

        @Override
        public void markUsed(String accountId, String clientId) {
            uses.merge(List.of(accountId, clientId), 1, Integer::sum);
        }
    }

    /** A reversible stand-in for bcrypt that counts hashes and verifications, and which hashes it verified against. */
    static final class CountingHasher implements SecretHasher {
        final AtomicInteger hashes = new AtomicInteger();
        final AtomicInteger verifications = new AtomicInteger();
        String lastVerifiedHash;

        @Override
        public String hash(String secret) {
            hashes.incrementAndGet();
            return "hashed(" + secret + ")#" + hashes.get();
        }

        @Override
        public boolean matches(String secret, String hash) {
            verifications.incrementAndGet();
            lastVerifiedHash = hash;
            return hash.startsWith("hashed(" + secret + ")#");
        }
    }

    /** Records the claims it was asked to sign and answers a readable fake token. */
    static final class RecordingSigner implements TokenSigner {
        TokenClaims last;

        @Override
        public String sign(TokenClaims claims) {
            last = claims;
            return "token-for-" + claims.clientId();
        }
    }
}
