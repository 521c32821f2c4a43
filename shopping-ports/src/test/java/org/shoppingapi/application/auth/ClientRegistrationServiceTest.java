package org.shoppingapi.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.application.auth.FakeAuthPorts.CountingHasher;
import org.shoppingapi.application.auth.FakeAuthPorts.InMemoryClients;

class ClientRegistrationServiceTest {

    final InMemoryClients clients = new InMemoryClients();
    final CountingHasher hasher = new CountingHasher();
    final ClientRegistrationService registration = new ClientRegistrationService(clients, hasher);

    @Test
    void generates_a_strong_secret_and_id_and_stores_only_the_hash() {
        RegisteredClient client = registration.register(new RegisterClientCommand("T12345678", Optional.empty(),
                Optional.empty(), List.of("admin:shopping")));

        assertThat(client.clientId()).matches("[0-9a-f]{24}");
        assertThat(client.clientSecret()).matches("[A-Za-z0-9_-]{43}");
        StoredClient stored = clients.find("T12345678", client.clientId()).orElseThrow();
        assertThat(stored.secretHash()).isNotEqualTo(client.clientSecret());
        assertThat(hasher.matches(client.clientSecret(), stored.secretHash())).isTrue();
        assertThat(stored.scopes()).containsExactly("admin:shopping");
        assertThat(client.toString()).doesNotContain(client.clientSecret());
    }

    @Test
    void two_generated_clients_differ() {
        RegisterClientCommand command = new RegisterClientCommand("T12345678", Optional.empty(), Optional.empty(),
                List.of("read:shopping"));
        RegisteredClient a = registration.register(command);
        RegisteredClient b = registration.register(command);

        assertThat(a.clientId()).isNotEqualTo(b.clientId());
        assertThat(a.clientSecret()).isNotEqualTo(b.clientSecret());
    }

    @Test
    void registering_an_existing_id_replaces_its_secret_and_scopes() {
        registration.register(new RegisterClientCommand("T12345678", Optional.of("pos"), Optional.of("old-secret"),
                List.of("read:shopping")));
        registration.register(new RegisterClientCommand("T12345678", Optional.of("pos"), Optional.of("new-secret"),
                List.of("write:shopping", "write:shopping")));

        StoredClient stored = clients.find("T12345678", "pos").orElseThrow();
        assertThat(hasher.matches("new-secret", stored.secretHash())).isTrue();
        assertThat(hasher.matches("old-secret", stored.secretHash())).isFalse();
        assertThat(stored.scopes()).containsExactly("write:shopping");
        assertThat(clients.rows).hasSize(1);
    }

    @Test
    void unknown_scopes_bad_ids_and_blank_secrets_are_refused_by_name() {
        assertThatThrownBy(() -> new RegisterClientCommand("T12345678", Optional.empty(), Optional.empty(),
                List.of("read:shopping", "admin:everything")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("scopes[1]"));
        assertThatThrownBy(() -> new RegisterClientCommand("T12345678", Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("scopes"));
        assertThatThrownBy(() -> new RegisterClientCommand("T12345678", Optional.of("a:b"), Optional.empty(),
                List.of("read:shopping")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("client_id"));
        assertThatThrownBy(() -> new RegisterClientCommand("T12345678", Optional.of("ok"), Optional.of("  "),
                List.of("read:shopping")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("client_secret"));
        assertThatThrownBy(() -> new RegisterClientCommand("X1", Optional.empty(), Optional.empty(),
                List.of("read:shopping")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("aid"));
    }
}
