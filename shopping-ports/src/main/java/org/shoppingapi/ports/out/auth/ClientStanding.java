package org.shoppingapi.ports.out.auth;

import java.time.Instant;

/** A client's revocation state: revoked (no token works), or tokens issued before {@code tokensNotBefore} refused. */
public record ClientStanding(Instant revokedAt, Instant tokensNotBefore) {

    public static final ClientStanding GOOD = new ClientStanding(null, null);

    public boolean honours(Instant issuedAt) {
        if (revokedAt != null) {
            return false;
        }
        // A JWT's iat has whole seconds, so tokens of the rotation's own second still count: refusing them would
        // also refuse the first tokens of the new secret.
        return tokensNotBefore == null || issuedAt.getEpochSecond() >= tokensNotBefore.getEpochSecond();
    }
}
