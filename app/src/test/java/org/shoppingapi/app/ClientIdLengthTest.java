package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.app.e2e.TestService;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.jdbc.auth.JdbiClientStore;
import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.rest.outbound.secret.BcryptSecretHasher;

/**
 * A client id becomes {@code created_by}, which the vendor bounds at 40 characters: a new client with a longer id is
 * refused wherever clients are registered (SHOPPING_CLIENTS, {@code clients create}), while one registered before
 * keeps getting tokens and can still be rotated.
 */
class ClientIdLengthTest {

    private static final String ID_40 = "c".repeat(40);
    private static final String ID_41 = "c".repeat(41);

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(ClientIdLengthTest.class);
    }

    @Test
    void shopping_clients_refuses_a_new_id_over_40_characters_and_takes_one_of_40() {
        String json = """
                [{"account_id": "T60000001", "client_id": "%s", "client_secret": "s3cret-s3cret",
                  "scopes": ["read:shopping"]}]""";
        assertThatThrownBy(() -> ClientProvisioning.register(Optional.of(json.formatted(ID_41)),
                app.service().wiring().clients()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SHOPPING_CLIENTS[0]: client_id must be at most 40 characters");
        ClientProvisioning.register(Optional.of(json.formatted(ID_40)), app.service().wiring().clients());
        assertThat(app.token("T60000001", ID_40, "s3cret-s3cret")).isNotBlank();
        assertThat(app.requestToken("T60000001", ID_41, "s3cret-s3cret").status()).isEqualTo(401);
    }

    @Test
    void clients_create_refuses_a_new_id_over_40_characters() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClientsCommand.run(new String[]{"clients", "create", "--account", "T60000002", "--scopes",
                        "read:shopping", "--client-id", ID_41}, commandConfig(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("client_id must be at most 40 characters");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("client_secret");
    }

    @Test
    void a_client_registered_before_with_a_longer_id_keeps_working_and_can_be_rotated() {
        String longId = "legacy-" + "x".repeat(60);
        new JdbiClientStore(app.service().jdbi()).upsert(new StoredClient("T60000003", longId,
                new BcryptSecretHasher(4).hash("old-secret"), List.of(Scopes.ADMIN_SHOPPING)));
        String token = app.token("T60000003", longId, "old-secret");
        TestService.Answer created = app.post("/v1/accounts/T60000003/shopping/draft_orders",
                "{\"order\": {\"currency\": \"NOK\", \"items\": []}}", "Authorization", "Bearer " + token);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().get("created_by").asText()).isEqualTo(longId);

        app.service().wiring().clients().register(new RegisterClientCommand("T60000003", Optional.of(longId),
                Optional.of("new-secret"), List.of(Scopes.READ_SHOPPING)));
        assertThat(app.token("T60000003", longId, "new-secret")).isNotBlank();
        assertThatThrownBy(() -> app.service().wiring().clients().register(new RegisterClientCommand("T60000004",
                Optional.of(longId), Optional.empty(), List.of(Scopes.READ_SHOPPING))))
                .as("the same long id in another account is a new client")
                .isInstanceOf(ValidationException.class);
    }

    private static Config commandConfig() {
        var db = app.database();
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.of("db.url", db.jdbcUrl(), "db.user", db.user(),
                        "db.password", db.password(), "auth.bcrypt-cost", "4")))
                .build();
    }
}
