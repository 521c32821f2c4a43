package org.shoppingapi.application.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable random strings (URL-safe Base64 of bytes from {@link SecureRandom}) for client ids and secrets. */
final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** {@code bytes} random bytes, URL-safe Base64 without padding (no ':' so it is safe in HTTP Basic). */
    static String of(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** {@code bytes} random bytes as lowercase hex: never starts with '-', so it pastes safely into a command line. */
    static String hex(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
