package org.shoppingapi.ports.in.payout;

import java.util.Objects;
import java.util.UUID;
import org.shoppingapi.ports.in.Caller;

/** PUT of a payout rule: its terms and metadata are replaced; existing orders keep the terms they fixed. */
public record ReplacePayoutRuleCommand(Caller caller, UUID id, PayoutRuleDefinition definition) {

    public ReplacePayoutRuleCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
    }
}
