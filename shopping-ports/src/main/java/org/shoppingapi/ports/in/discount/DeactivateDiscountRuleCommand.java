package org.shoppingapi.ports.in.discount;

import java.util.Objects;
import org.shoppingapi.ports.in.Caller;

/** DELETE of a rule: it stays readable (and its lines recognisable) with {@code active: false}. */
public record DeactivateDiscountRuleCommand(Caller caller, String ruleId) {

    public DeactivateDiscountRuleCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
