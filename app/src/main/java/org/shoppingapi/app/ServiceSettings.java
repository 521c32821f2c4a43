package org.shoppingapi.app;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.shoppingapi.app.webhook.WebhookSettings;
import org.shoppingapi.jdbc.PostgresDatabase;

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
        PostgresDatabase.Timeouts dbTimeouts,
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
                new PostgresDatabase.Timeouts(
                        duration(config, "db.pool.wait", PostgresDatabase.Timeouts.DEFAULT.poolWait()),
                        duration(config, "db.connect.timeout", PostgresDatabase.Timeouts.DEFAULT.connect()),
                        duration(config, "db.statement.timeout", PostgresDatabase.Timeouts.DEFAULT.statement())),
                text(config, "data.dir").map(Path::of)
                        .orElse(Path.of(System.getProperty("user.home"), ".shopping-api", "postgres")),
                text(config, "shopping.clients"),
                AuthSettings.from(config),
                WebhookSettings.from(config),
                CheckoutSettings.from(config));
    }

    private static Duration duration(Config config, String key, Duration fallback) {
        return config.get(key).as(Duration.class).orElse(fallback);
    }

    private static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional().filter(s -> !s.isBlank());
    }

    /** Never prints the database password or the clients' secrets. */
    @Override
    public String toString() {
        return "ServiceSettings[dbUrl=" + dbUrl.map(DatabaseBootstrap::redact) + ", dbUser=" + dbUser
                + ", dbPoolSize=" + dbPoolSize + ", dbTimeouts=" + dbTimeouts + ", dataDir=" + dataDir + ", shoppingClients="
                + (shoppingClients.isPresent() ? "<set>" : "<unset>") + ", auth=" + auth + ", webhooks=" + webhooks
                + ", checkout=" + checkout + "]";
    }
}
