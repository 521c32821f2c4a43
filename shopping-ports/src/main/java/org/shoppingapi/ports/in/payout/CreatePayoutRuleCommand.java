package org.shoppingapi.ports.in.payout;

import java.util.Objects;
import org.shoppingapi.ports.in.Caller;

/** A new payout rule of the caller's account. */
public record CreatePayoutRuleCommand(Caller caller, PayoutRuleDefinition definition) {

    public CreatePayoutRuleCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(definition, "definition");
    }
}
