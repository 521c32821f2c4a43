package org.shoppingapi.ports.in.auth;

import java.util.List;

/** A signed access token, how many seconds it lives, and the scopes it carries. */
public record IssuedToken(String accessToken, long expiresInSeconds, List<String> scopes) {

    public IssuedToken {
        scopes = List.copyOf(scopes);
    }

    /** Never prints the token itself. */
    @Override
    public String toString() {
        return "IssuedToken[expiresInSeconds=" + expiresInSeconds + ", scopes=" + scopes + "]";
    }
}
