package org.shoppingapi.jdbc.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.ports.out.contract.ClientStoreContract;

/**
 * The {@code ClientStore} contract ({@link ClientStoreContract}: account scoping, upsert, revoke, rotate, standing)
 * against PostgreSQL, and what only this store has to show: an upsert is one row per account and id. The signing key
 * store beside it has its own contract ({@link JdbiSigningKeyStoreContractTest}).
 */
class JdbiClientStoreContractTest extends ClientStoreContract {

    static MigratedDatabase db;
    static JdbiClientStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiClientStoreContractTest.class, 4);
        store = new JdbiClientStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    protected ClientStore clients() {
        return store;
    }

    @Test
    void an_upsert_keeps_one_row_per_account_and_id() {
        store.upsert(new StoredClient("T12345678", "rotating", "old", List.of("read:shopping")));
        store.upsert(new StoredClient("T99999999", "rotating", "other-account", List.of("admin:shopping")));
        store.upsert(new StoredClient("T12345678", "rotating", "new", List.of("write:shopping")));
        Integer rows = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM api_clients WHERE client_id = 'rotating'").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(2);
    }
}
