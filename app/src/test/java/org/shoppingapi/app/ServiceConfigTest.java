package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.config.Config;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every variable of the README's Configuration table reaches its key, dashed keys included (SPEC §7). */
class ServiceConfigTest {

    @Test
    void variables_of_dashed_keys_override_the_defaults() {
        Config config = ServiceConfig.load(Map.of(
                "AUTH_BCRYPT_COST", "4",
                "AUTH_TOKEN_LIFETIME_SECONDS", "60",
                "AUTH_SIGNING_KEY", "{\"kty\":\"EC\"}",
                "SERVER_MAX_PAYLOAD_SIZE", "2048",
                "SERVER_MAX_TCP_CONNECTIONS", "77",
                "REQUESTS_MAX_RUNNING", "3"));

        assertThat(config.get("auth.bcrypt-cost").asInt().get()).isEqualTo(4);
        assertThat(config.get("auth.token-lifetime-seconds").asInt().get()).isEqualTo(60);
        assertThat(config.get("auth.signing-key").asString().get()).isEqualTo("{\"kty\":\"EC\"}");
        assertThat(config.get("server.max-payload-size").asInt().get()).isEqualTo(2048);
        assertThat(config.get("server.max-tcp-connections").asInt().get()).isEqualTo(77);
        assertThat(config.get("requests.max-running").asInt().get()).isEqualTo(3);
    }

    @Test
    void undotted_variables_and_defaults_still_work() {
        Config config = ServiceConfig.load(Map.of("SERVER_PORT", "9999", "DB_URL", "jdbc:postgresql://db/x"));

        assertThat(config.get("server.port").asInt().get()).isEqualTo(9999);
        assertThat(config.get("db.url").asString().get()).isEqualTo("jdbc:postgresql://db/x");
        assertThat(config.get("auth.bcrypt-cost").asInt().get()).as("application.yaml's default").isEqualTo(12);
        assertThat(config.get("auth.signing-key").exists()).isFalse();
    }

    @Test
    void values_arrive_exactly_as_written() {
        Config config = ServiceConfig.load(Map.of("AUTH_SIGNING_KEY", "a${HOME}b"));

        assertThat(config.get("auth.signing-key").asString().get()).isEqualTo("a${HOME}b");
    }
}
