package org.shoppingapi.app;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the service reads from its configuration (SPEC §7): {@code application.yaml} defaults,
 * overridden by environment variables such as {@code DB_URL} or {@code SERVER_PORT}.
 */
public record ServiceSettings(
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        Path dataDir,
        Optional<String> shoppingClients) {

    public static ServiceSettings from(Config config) {
        return new ServiceSettings(
                text(config, "db.url"),
                text(config, "db.user").orElse("postgres"),
                config.get("db.password").asString().orElse(""),
                config.get("db.pool.size").asInt().orElse(8),
                text(config, "data.dir").map(Path::of)
                        .orElse(Path.of(System.getProperty("user.home"), ".shopping-api", "postgres")),
                text(config, "shopping.clients"));
    }

    private static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional().filter(s -> !s.isBlank());
    }
}
