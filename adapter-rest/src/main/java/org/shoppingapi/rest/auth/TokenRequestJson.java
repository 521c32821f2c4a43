package org.shoppingapi.rest.auth;

/** Body of POST /auth/token: {@code {"grant_type": "client_credentials", "audience": ".../v1/accounts/{aid}"}}. */
public record TokenRequestJson(String grantType, String audience) {
}
