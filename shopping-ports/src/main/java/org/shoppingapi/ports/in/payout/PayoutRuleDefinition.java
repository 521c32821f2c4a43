package org.shoppingapi.ports.in.payout;

import java.util.Map;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.payout.PayoutRule;

/**
 * What a client defines of a payout rule (SPEC §4c), as sent in POST and PUT: the rule's terms and opaque
 * {@code metadata}. Refuses to exist when the terms are invalid, naming every bad field.
 */
public record PayoutRuleDefinition(PayoutRule rule, Map<String, Object> metadata) {

    public PayoutRuleDefinition {
        if (rule == null) {
            throw ValidationException.of("rule", "is required");
        }
        rule.requireValid("");
        metadata = Attributes.copy(metadata);
    }
}
