package org.shoppingapi.ports.out.auth;

/** A slow, salted one-way hash for client secrets (bcrypt in production). */
public interface SecretHasher {

    String hash(String secret);

    /** True when {@code secret} hashes to {@code hash}; false (never an exception) for a malformed hash. */
    boolean matches(String secret, String hash);
}
