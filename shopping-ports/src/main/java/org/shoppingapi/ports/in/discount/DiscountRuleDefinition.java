package org.shoppingapi.ports.in.discount;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.discount.Reward;

/**
 * What a client defines of a discount rule (SPEC §4b), as sent in POST and PUT; refuses to exist when the
 * domain's rule validation fails, naming every bad field.
 */
public record DiscountRuleDefinition(String name, DiscountType discountType, Reward reward, AppliesTo appliesTo,
                                     Instant activeFrom, Instant activeTo, Integer limitation) {

    public DiscountRuleDefinition {
        // Kept to the millisecond like every timestamp of the service, so the stored value is the one answered.
        activeFrom = activeFrom == null ? null : activeFrom.truncatedTo(ChronoUnit.MILLIS);
        activeTo = activeTo == null ? null : activeTo.truncatedTo(ChronoUnit.MILLIS);
        new DiscountRule(null, name, discountType, reward, appliesTo, activeFrom, activeTo, limitation, true, null)
                .validate();
    }

    /** The rule with this definition and the given identity, state and audit. */
    public DiscountRule toRule(String id, boolean active, Audit audit) {
        return new DiscountRule(id, name, discountType, reward, appliesTo, activeFrom, activeTo, limitation, active,
                audit);
    }
}
