package org.shoppingapi.ports.out.auth;

/** Turns claims into a signed, self-contained bearer token (a JWT in production). */
public interface TokenSigner {

    String sign(TokenClaims claims);
}
