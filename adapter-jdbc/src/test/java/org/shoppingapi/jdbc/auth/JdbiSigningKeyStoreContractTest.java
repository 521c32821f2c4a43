package org.shoppingapi.jdbc.auth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.auth.SigningKeyStore;
import org.shoppingapi.ports.out.contract.SigningKeyStoreContract;

/**
 * The {@code SigningKeyStore} contract ({@link SigningKeyStoreContract}: the first key kept, concurrent first starts
 * agreeing on one, a failed generation leaving nothing) against PostgreSQL, each instance its own
 * {@link JdbiSigningKeyStore} over the one database.
 */
class JdbiSigningKeyStoreContractTest extends SigningKeyStoreContract {

    static MigratedDatabase db;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiSigningKeyStoreContractTest.class, 4);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    protected SigningKeyStore emptyStore() {
        db.jdbi().useHandle(h -> h.execute("DELETE FROM signing_keys"));
        return new JdbiSigningKeyStore(db.jdbi());
    }

    @Override
    protected SigningKeyStore anotherInstance(SigningKeyStore store) {
        return new JdbiSigningKeyStore(db.jdbi());
    }
}
