package org.shoppingapi.jdbc.auth;

import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.ports.out.auth.SigningKeyStore;

/** The token signing key in PostgreSQL, one row per purpose; concurrent first starts agree on one key. */
public final class JdbiSigningKeyStore implements SigningKeyStore {

    /** The only purpose so far: signing access tokens. */
    static final String ACCESS_TOKENS = "access-tokens";

    private final Jdbi jdbi;

    public JdbiSigningKeyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String findOrCreate(Supplier<String> newKey) {
        Optional<String> existing = jdbi.withHandle(JdbiSigningKeyStore::find);
        if (existing.isPresent()) {
            return existing.get();
        }
        String candidate = newKey.get();
        // Another instance may have stored its key meanwhile: ON CONFLICT keeps the first, and everyone reads that.
        return jdbi.withHandle(h -> {
            h.createUpdate("INSERT INTO signing_keys (purpose, private_key) VALUES (:purpose, :key) "
                            + "ON CONFLICT (purpose) DO NOTHING")
                    .bind("purpose", ACCESS_TOKENS)
                    .bind("key", candidate)
                    .execute();
            return find(h).orElseThrow(() -> new IllegalStateException("signing key vanished right after insert"));
        });
    }

    private static Optional<String> find(Handle h) {
        return h.createQuery("SELECT private_key FROM signing_keys WHERE purpose = :purpose")
                .bind("purpose", ACCESS_TOKENS)
                .mapTo(String.class)
                .findOne();
    }
}
