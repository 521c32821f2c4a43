package org.shoppingapi.ports.in.auth;

import java.time.Instant;

/** Whether a token issued to a client at {@code issuedAt} is still honoured (not revoked, not rotated since). */
public interface CheckClientStandingUseCase {

    boolean honours(String accountId, String clientId, Instant issuedAt);
}
