package org.shoppingapi.jdbc.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.PostgresDatabase;
import org.shoppingapi.jdbc.testing.TestDatabases;
import org.shoppingapi.ports.out.auth.StoredClient;

/** The client and signing key stores against PostgreSQL. */
class JdbiAuthStoresTest {

    static HikariDataSource dataSource;
    static Jdbi jdbi;

    @BeforeAll
    static void migrate() {
        dataSource = PostgresDatabase.pool(TestDatabases.create(JdbiAuthStoresTest.class).settings(4));
        PostgresDatabase.migrate(dataSource);
        jdbi = PostgresDatabase.jdbi(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void a_client_round_trips_and_is_found_only_in_its_own_account() {
        JdbiClientStore clients = new JdbiClientStore(jdbi);
        clients.upsert(new StoredClient("T12345678", "pos-1", "$2a$hash", List.of("read:shopping", "write:hooks")));

        assertThat(clients.find("T12345678", "pos-1")).hasValueSatisfying(c -> {
            assertThat(c.secretHash()).isEqualTo("$2a$hash");
            assertThat(c.scopes()).containsExactly("read:shopping", "write:hooks");
            assertThat(c.accountId()).isEqualTo("T12345678");
        });
        assertThat(clients.find("T99999999", "pos-1")).isEmpty();
        assertThat(clients.find("T12345678", "pos-2")).isEmpty();
    }

    @Test
    void upsert_replaces_hash_and_scopes_of_the_same_account_and_id_and_keeps_others_apart() {
        JdbiClientStore clients = new JdbiClientStore(jdbi);
        clients.upsert(new StoredClient("T12345678", "rotating", "old", List.of("read:shopping")));
        clients.upsert(new StoredClient("T99999999", "rotating", "other-account", List.of("admin:shopping")));
        clients.upsert(new StoredClient("T12345678", "rotating", "new", List.of("write:shopping")));

        assertThat(clients.find("T12345678", "rotating")).hasValueSatisfying(c -> {
            assertThat(c.secretHash()).isEqualTo("new");
            assertThat(c.scopes()).containsExactly("write:shopping");
        });
        assertThat(clients.find("T99999999", "rotating").orElseThrow().secretHash()).isEqualTo("other-account");
        Integer rows = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM api_clients WHERE client_id = 'rotating'")
                .mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void the_signing_key_is_generated_once_and_then_always_the_stored_one() {
        JdbiSigningKeyStore keys = new JdbiSigningKeyStore(jdbi);
        AtomicInteger generated = new AtomicInteger();

        String first = keys.findOrCreate(() -> "key-" + generated.incrementAndGet());
        String second = keys.findOrCreate(() -> "key-" + generated.incrementAndGet());
        String fromAnotherInstance = new JdbiSigningKeyStore(jdbi).findOrCreate(() -> "late-comer");

        assertThat(first).isEqualTo("key-1");
        assertThat(second).isEqualTo("key-1");
        assertThat(fromAnotherInstance).isEqualTo("key-1");
        assertThat(generated.get()).isEqualTo(1);
    }
}
