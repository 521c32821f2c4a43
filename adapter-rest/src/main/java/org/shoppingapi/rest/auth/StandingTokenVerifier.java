package org.shoppingapi.rest.auth;

import org.shoppingapi.ports.in.auth.CheckClientStandingUseCase;

/**
 * A {@link TokenVerifier} that also refuses a valid token whose client was revoked, or whose secret was rotated
 * after the token was issued ({@code clients revoke} / {@code clients rotate}). It wraps whatever verifies the
 * signature (cached or not), so the standing is asked on every request; the use case keeps that cheap.
 */
public final class StandingTokenVerifier implements TokenVerifier {

    private final TokenVerifier signatures;
    private final CheckClientStandingUseCase standing;

    public StandingTokenVerifier(TokenVerifier signatures, CheckClientStandingUseCase standing) {
        this.signatures = signatures;
        this.standing = standing;
    }

    @Override
    public VerifiedToken verify(String token) throws InvalidTokenException {
        VerifiedToken verified = signatures.verify(token);
        if (!standing.honours(verified.accountId(), verified.clientId(), verified.issuedAt())) {
            throw new InvalidTokenException("the client was revoked or its secret rotated after the token was issued");
        }
        return verified;
    }
}
