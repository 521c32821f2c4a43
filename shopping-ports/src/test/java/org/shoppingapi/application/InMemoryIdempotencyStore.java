package org.shoppingapi.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shoppingapi.ports.out.IdempotencyStore;

/**
 * The idempotency store in memory, for service tests, held to the same {@code IdempotencyStoreContract} as the
 * PostgreSQL store ({@link InMemoryIdempotencyStoreContractTest}): the same atomic claim, and undone with a failed
 * {@link InMemoryTransactions}.
 */
final class InMemoryIdempotencyStore implements IdempotencyStore, InMemoryTransactions.Undoable {

    private final Map<String, StoredKey> keys = new ConcurrentHashMap<>();

    private static String id(String accountId, String key) {
        return accountId + "\u0000" + key;
    }

    @Override
    public boolean claim(String accountId, String key, String fingerprint, Instant now, Instant expiredBefore) {
        StoredKey fresh = new StoredKey(fingerprint, now, Optional.empty());
        boolean[] won = {false};
        keys.compute(id(accountId, key), (k, existing) -> {
            if (existing == null || existing.claimedAt().isBefore(expiredBefore) || existing.response().isEmpty()) {
                won[0] = true;
                return fresh;
            }
            return existing;
        });
        return won[0];
    }

    @Override
    public Optional<StoredKey> find(String accountId, String key) {
        return Optional.ofNullable(keys.get(id(accountId, key)));
    }

    @Override
    public void complete(String accountId, String key, StoredResponse response) {
        keys.computeIfPresent(id(accountId, key),
                (k, existing) -> new StoredKey(existing.fingerprint(), existing.claimedAt(), Optional.of(response)));
    }

    /** Drops a key, as a rolled-back transaction would drop its claim. */
    void forget(String accountId, String key) {
        keys.remove(id(accountId, key));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, StoredKey> copy = Map.copyOf(keys);
        return () -> {
            synchronized (this) {
                keys.clear();
                keys.putAll(copy);
            }
        };
    }

    @Override
    public int deleteExpired(Instant expiredBefore) {
        int before = keys.size();
        keys.values().removeIf(k -> k.claimedAt().isBefore(expiredBefore));
        return before - keys.size();
    }
}
