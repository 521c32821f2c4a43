package org.shoppingapi.ports.in;

import java.util.Objects;
import org.shoppingapi.domain.event.ChangeSource;

/** Who asks (the authenticated client's account and id) and where the change comes from, as events record it. */
public record Caller(String accountId, String clientId, ChangeSource source) {

    /** Every command needs a caller; a missing one is a programming error, not bad input. */
    public static void require(Caller caller) {
        if (caller == null) {
            throw new IllegalArgumentException("caller is required");
        }
    }

    public Caller {
        AccountId.require(accountId);
        Objects.requireNonNull(clientId, "clientId");
    }
}
