package org.shoppingapi.app;

import io.helidon.config.Config;
import java.time.Duration;
import java.util.Optional;
import org.shoppingapi.rest.outbound.secret.BcryptSecretHasher;
import org.shoppingapi.rest.outbound.secret.BoundedSecretHasher;

/**
 * The {@code auth.*} settings: the token signing key ({@code auth.signing-key} / {@code AUTH_SIGNING_KEY}, a private
 * JWK or PEM; unset = generated once and kept in the database), the tokens' issuer and lifetime, and the bcrypt cost.
 */
public record AuthSettings(Optional<String> signingKey, String issuer, Duration tokenLifetime, int bcryptCost,
                           AttemptLimits attemptLimits, BoundedSecretHasher.Settings hashing) {

    public static final String DEFAULT_ISSUER = "shopping-api";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    /**
     * The token endpoint's limits on failed attempts (SPEC §1: 10 per client id, 100 per address, a minute). Plain
     * numbers here, so reading the configuration (also in the {@code clients} command) loads no class of the API.
     */
    public record AttemptLimits(int failuresPerClient, int failuresPerAddress, Duration window) {
        public static final AttemptLimits DEFAULT = new AttemptLimits(10, 100, Duration.ofMinutes(1));
    }

    public AuthSettings(Optional<String> signingKey, String issuer, Duration tokenLifetime, int bcryptCost) {
        this(signingKey, issuer, tokenLifetime, bcryptCost, AttemptLimits.DEFAULT,
                BoundedSecretHasher.Settings.forThisMachine());
    }

    public static AuthSettings from(Config config) {
        Config auth = config.get("auth");
        return new AuthSettings(
                auth.get("signing-key").asString().asOptional().filter(s -> !s.isBlank()),
                auth.get("issuer").asString().orElse(DEFAULT_ISSUER),
                Duration.ofSeconds(auth.get("token-lifetime-seconds").asLong().orElse(DEFAULT_LIFETIME.toSeconds())),
                auth.get("bcrypt-cost").asInt().orElse(BcryptSecretHasher.DEFAULT_COST),
                // AUTH_LIMIT_CLIENT, AUTH_LIMIT_ADDRESS, AUTH_LIMIT_WINDOW (SPEC §1: 10 and 100 failures a minute).
                new AttemptLimits(
                        auth.get("limit.client").asInt().orElse(AttemptLimits.DEFAULT.failuresPerClient()),
                        auth.get("limit.address").asInt().orElse(AttemptLimits.DEFAULT.failuresPerAddress()),
                        auth.get("limit.window").as(Duration.class).orElse(AttemptLimits.DEFAULT.window())),
                // AUTH_HASHING_THREADS, AUTH_HASHING_QUEUE.
                new BoundedSecretHasher.Settings(
                        auth.get("hashing.threads").asInt().orElse(BoundedSecretHasher.Settings.forThisMachine().threads()),
                        auth.get("hashing.queue").asInt().orElse(BoundedSecretHasher.Settings.forThisMachine().queue())));
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "AuthSettings[signingKey=" + (signingKey.isPresent() ? "<configured>" : "<stored>") + ", issuer=" + issuer
                + ", tokenLifetime=" + tokenLifetime + ", bcryptCost=" + bcryptCost + ", attemptLimits=" + attemptLimits
                + ", hashing=" + hashing + "]";
    }
}
