package org.shoppingapi.app;

import io.helidon.config.Config;
import java.time.Duration;
import java.util.Optional;
import org.shoppingapi.rest.auth.BcryptSecretHasher;

/**
 * The {@code auth.*} settings: the token signing key ({@code auth.signing-key} / {@code AUTH_SIGNING_KEY}, a private
 * JWK or PEM; unset = generated once and kept in the database), the tokens' issuer and lifetime, and the bcrypt cost.
 */
public record AuthSettings(Optional<String> signingKey, String issuer, Duration tokenLifetime, int bcryptCost) {

    public static final String DEFAULT_ISSUER = "shopping-api";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    public static AuthSettings from(Config config) {
        Config auth = config.get("auth");
        return new AuthSettings(
                auth.get("signing-key").asString().asOptional().filter(s -> !s.isBlank()),
                auth.get("issuer").asString().orElse(DEFAULT_ISSUER),
                Duration.ofSeconds(auth.get("token-lifetime-seconds").asLong().orElse(DEFAULT_LIFETIME.toSeconds())),
                auth.get("bcrypt-cost").asInt().orElse(BcryptSecretHasher.DEFAULT_COST));
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "AuthSettings[signingKey=" + (signingKey.isPresent() ? "<configured>" : "<stored>") + ", issuer=" + issuer
                + ", tokenLifetime=" + tokenLifetime + ", bcryptCost=" + bcryptCost + "]";
    }
}
