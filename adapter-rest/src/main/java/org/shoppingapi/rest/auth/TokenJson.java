package org.shoppingapi.rest.auth;

/** Answer of POST /auth/token: {@code {"access_token", "token_type": "Bearer", "expires_in"}}. */
public record TokenJson(String accessToken, String tokenType, long expiresIn) {
}
