package org.shoppingapi.rest.auth;

/** Checks a bearer token and says what it grants. */
public interface TokenVerifier {

    VerifiedToken verify(String token) throws InvalidTokenException;
}
