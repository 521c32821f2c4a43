package org.shoppingapi.ports.in.discount;

import java.util.Objects;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.Caller;

/** A new rule of the caller's account; {@code active} is true unless the client sent {@code false}. */
public record CreateDiscountRuleCommand(Caller caller, DiscountRuleDefinition definition, boolean active) {

    public CreateDiscountRuleCommand {
        Objects.requireNonNull(caller, "caller");
        if (definition == null) {
            throw ValidationException.of("rule", "is required");
        }
    }
}
