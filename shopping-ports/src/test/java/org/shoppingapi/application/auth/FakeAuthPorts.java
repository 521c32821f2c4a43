package org.shoppingapi.application.auth;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.shoppingapi.ports.auth.ClientInfo;
import org.shoppingapi.ports.out.auth.ClientStanding;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.SecretHasher;
import org.shoppingapi.ports.out.auth.SigningKeyStore;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.ports.out.auth.TokenClaims;
import org.shoppingapi.ports.out.auth.TokenSigner;

/** In-memory fakes of the auth out-ports, counting what the service asks of them. */
final class FakeAuthPorts {

    private FakeAuthPorts() {
    }

    /**
     * The signing key in memory, held to the same {@code SigningKeyStoreContract} as the PostgreSQL store
     * ({@link InMemorySigningKeyStoreContractTest}): instances made with {@link #anotherInstance} share one key, the
     * first stored wins, and a new key is made outside any lock, as the PostgreSQL store makes it before its insert.
     */
    static final class InMemorySigningKeys implements SigningKeyStore {
        private final AtomicReference<String> stored;

        InMemorySigningKeys() {
            this(new AtomicReference<>());
        }

        private InMemorySigningKeys(AtomicReference<String> stored) {
            this.stored = stored;
        }

        InMemorySigningKeys anotherInstance() {
            return new InMemorySigningKeys(stored);
        }

        @Override
        public String findOrCreate(Supplier<String> newKey) {
            String existing = stored.get();
            if (existing != null) {
                return existing;
            }
            stored.compareAndSet(null, newKey.get());
            return stored.get();
        }
    }

    /**
     * Clients in a map keyed by account and id, in insertion order (the store's creation order), held to the same
     * {@code ClientStoreContract} as the PostgreSQL store ({@link InMemoryClientStoreContractTest}): a re-registered
     * client is live again, a client that does not exist has no good standing, use is noted.
     */
    static final class InMemoryClients implements ClientStore {

        /** One stored client: its hash and scopes, when it was made and used, and its revocation state. */
        record Row(StoredClient client, Instant createdAt, Instant lastUsedAt, ClientStanding standing) {
        }

        final Map<List<String>, Row> rows = new LinkedHashMap<>();

        @Override
        public synchronized void upsert(StoredClient client) {
            List<String> key = List.of(client.accountId(), client.clientId());
            Row old = rows.get(key);
            // As ON CONFLICT DO UPDATE: creation and use kept, hash and scopes replaced, revocation lifted.
            rows.put(key, old == null ? new Row(client, Instant.now(), null, ClientStanding.GOOD)
                    : new Row(client, old.createdAt(), old.lastUsedAt(),
                            new ClientStanding(null, old.standing().tokensNotBefore())));
        }

        @Override
        public synchronized Optional<StoredClient> find(String accountId, String clientId) {
            return live(accountId, clientId).map(Row::client);
        }

        private Optional<Row> live(String accountId, String clientId) {
            return Optional.ofNullable(rows.get(List.of(accountId, clientId)))
                    .filter(r -> r.standing().revokedAt() == null);
        }

        @Override
        public synchronized List<ClientInfo> list(String accountId) {
            return rows.values().stream().filter(r -> r.client().accountId().equals(accountId))
                    .map(InMemoryClients::info).toList();
        }

        @Override
        public synchronized List<ClientInfo> findLive(String clientId) {
            return rows.values().stream().filter(r -> r.client().clientId().equals(clientId))
                    .filter(r -> r.standing().revokedAt() == null)
                    .sorted(Comparator.comparing((Row r) -> r.client().accountId()))
                    .map(InMemoryClients::info).toList();
        }

        private static ClientInfo info(Row r) {
            return new ClientInfo(r.client().accountId(), r.client().clientId(), r.client().scopes(), r.createdAt(),
                    r.lastUsedAt(), r.standing().revokedAt());
        }

        @Override
        public synchronized boolean revoke(String accountId, String clientId) {
            Optional<Row> row = live(accountId, clientId);
            row.ifPresent(r -> rows.put(List.of(accountId, clientId), new Row(r.client(), r.createdAt(),
                    r.lastUsedAt(), new ClientStanding(Instant.now(), r.standing().tokensNotBefore()))));
            return row.isPresent();
        }

        @Override
        public synchronized boolean rotate(String accountId, String clientId, String secretHash) {
            Optional<Row> row = live(accountId, clientId);
            row.ifPresent(r -> rows.put(List.of(accountId, clientId), new Row(
                    new StoredClient(accountId, clientId, secretHash, r.client().scopes()), r.createdAt(),
                    r.lastUsedAt(), new ClientStanding(null, Instant.now()))));
            return row.isPresent();
        }

        @Override
        public synchronized ClientStanding standing(String accountId, String clientId) {
            // A client that does not exist at all is treated as revoked, as the PostgreSQL store does.
            return Optional.ofNullable(rows.get(List.of(accountId, clientId))).map(Row::standing)
                    .orElse(new ClientStanding(Instant.EPOCH, null));
        }

        @Override
        public synchronized void markUsed(String accountId, String clientId) {
            rows.computeIfPresent(List.of(accountId, clientId),
                    (k, r) -> new Row(r.client(), r.createdAt(), Instant.now(), r.standing()));
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
