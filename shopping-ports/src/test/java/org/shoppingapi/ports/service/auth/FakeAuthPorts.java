package org.shoppingapi.ports.service.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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

        @Override
        public Optional<StoredClient> find(String accountId, String clientId) {
            return Optional.ofNullable(rows.get(List.of(accountId, clientId)));
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
