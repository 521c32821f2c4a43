package org.shoppingapi.rest.outbound.secret;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.nio.charset.StandardCharsets;
import org.shoppingapi.ports.out.auth.SecretHasher;

/** Client secrets as bcrypt hashes ({@code $2a$}); secrets over bcrypt's 72 bytes are pre-hashed with SHA-512. */
public final class BcryptSecretHasher implements SecretHasher {

    /** About a quarter of a second per check on a small server: slow for guessing, fine for token requests. */
    public static final int DEFAULT_COST = 12;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_SECRETS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;

    public BcryptSecretHasher(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be " + BCrypt.MIN_COST + ".." + BCrypt.MAX_COST);
        }
        this.cost = cost;
    }

    @Override
    public String hash(String secret) {
        byte[] hash = BCrypt.with(VERSION, LONG_SECRETS).hash(cost, secret.getBytes(StandardCharsets.UTF_8));
        return new String(hash, StandardCharsets.UTF_8);
    }

    @Override
    public boolean matches(String secret, String hash) {
        try {
            return BCrypt.verifyer(VERSION, LONG_SECRETS)
                    .verify(secret.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                    .verified;
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
