package org.shoppingapi.app;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.Optional;
import org.shoppingapi.app.webhook.WebhookSettings;

/**
 * What the service reads from its configuration (SPEC §7): {@code application.yaml} defaults,
 * overridden by environment variables such as {@code DB_URL} or {@code SERVER_PORT}. Helidon reads the
 * variable {@code SHOPPING_CLIENTS} as the key {@code shopping.clients} (and {@code AUTH_SIGNING_KEY} as
 * {@code auth.signing-key}); {@link ServiceConfig#load()} turns off {@code ${...}} expansion so a secret
 * containing {@code ${HOME}} arrives as written.
 */
public record ServiceSettings(
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        Path dataDir,
        Optional<String> shoppingClients,
        AuthSettings auth,
        WebhookSettings webhooks,
        CheckoutSettings checkout) {

    public static ServiceSettings from(Config config) {
        return new ServiceSettings(
                text(config, "db.url"),
                text(config, "db.user").orElse("postgres"),
                config.get("db.password").asString().orElse(""),
                config.get("db.pool.size").asInt().orElse(8),
                text(config, "data.dir").map(Path::of)
                        .orElse(Path.of(System.getProperty("user.home"), ".shopping-api", "postgres")),
                text(config, "shopping.clients"),
                AuthSettings.from(config),
                WebhookSettings.from(config),
                CheckoutSettings.from(config));
    }

    private static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional().filter(s -> !s.isBlank());
    }

    /** Never prints the database password or the clients' secrets. */
    @Override
    public String toString() {
        return "ServiceSettings[dbUrl=" + dbUrl.map(DatabaseBootstrap::redact) + ", dbUser=" + dbUser
                + ", dbPoolSize=" + dbPoolSize + ", dataDir=" + dataDir + ", shoppingClients="
                + (shoppingClients.isPresent() ? "<set>" : "<unset>") + ", auth=" + auth + ", webhooks=" + webhooks + ", checkout=" + checkout + "]";
    }
}
