package org.shoppingapi.ports.in.auth;

/** POST /v1/accounts/{aid}/auth/token: client credentials in, signed bearer token out. */
public interface IssueTokenUseCase {

    /**
     * The token for the client, or {@code InvalidClientException} when the client is unknown in the account or
     * the secret is wrong (the two are indistinguishable, in answer and in the work done).
     */
    IssuedToken issue(IssueTokenCommand command);
}
