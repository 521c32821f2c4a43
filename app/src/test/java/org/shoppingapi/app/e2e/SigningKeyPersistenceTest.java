package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without a configured key the service generates one at its first start, keeps it, and uses it after a restart. */
class SigningKeyPersistenceTest {

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(SigningKeyPersistenceTest.class);
    }

    @Test
    void a_token_issued_before_a_restart_is_valid_after_it() {
        String path = "/v1/accounts/T12345678/shopping/draft_orders/" + UUID.randomUUID();
        String token = app.tokenFor("T12345678");
        String kidBefore = app.anonymous().get("/v1/.well-known/jwks.json").json().at("/keys/0/kid").asText();
        assertThat(app.anonymous().get(path, "Authorization", "Bearer " + token).status()).isEqualTo(404);

        app.restart();

        assertThat(app.anonymous().get(path, "Authorization", "Bearer " + token).status()).isEqualTo(404);
        assertThat(app.anonymous().get("/v1/.well-known/jwks.json").json().at("/keys/0/kid").asText())
                .isEqualTo(kidBefore).isNotBlank();
        assertThat(app.service().wiring().signingKeyConfigured()).isFalse();
        Jdbi jdbi = Jdbi.create(app.database().jdbcUrl(), app.database().user(), app.database().password());
        Integer keys = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM signing_keys").mapTo(Integer.class).one());
        assertThat(keys).isEqualTo(1);
    }
}
