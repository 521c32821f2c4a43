package org.shoppingapi.ports.in.payout;

import java.util.Objects;
import java.util.UUID;
import org.shoppingapi.ports.in.Caller;

/** DELETE of a payout rule: marked deleted, still readable, no longer used by new orders. */
public record DeletePayoutRuleCommand(Caller caller, UUID id) {

    public DeletePayoutRuleCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(id, "id");
    }
}
