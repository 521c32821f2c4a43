package org.shoppingapi.ports.in.discount;

import java.util.Objects;
import java.util.Optional;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.Caller;

/**
 * PUT of a rule: its definition is replaced; {@code active} switches it on or off when present and leaves it as it
 * is when absent, so re-sending a rule's definition never revives a deactivated rule by accident.
 */
public record ReplaceDiscountRuleCommand(Caller caller, String ruleId, DiscountRuleDefinition definition,
                                         Optional<Boolean> active) {

    public ReplaceDiscountRuleCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(ruleId, "ruleId");
        if (definition == null) {
            throw ValidationException.of("rule", "is required");
        }
        active = active == null ? Optional.empty() : active;
    }
}
