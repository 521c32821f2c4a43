package org.shoppingapi.domain.discount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.money.Percentages;
import org.shoppingapi.domain.error.ValidationException;

/** An account's discount rule (SPEC §4b); its {@code id} becomes {@code discount_lines[].discount_id}. */
public record DiscountRule(String id, String name, DiscountType discountType, Reward reward, AppliesTo appliesTo,
                           Instant activeFrom, Instant activeTo, Integer limitation, boolean active, Audit audit) {


    /** Active when switched on and {@code now} lies in [active_from, active_to], either bound optional. */
    public boolean isActiveAt(Instant now) {
        return active && (activeFrom == null || !now.isBefore(activeFrom))
                && (activeTo == null || !now.isAfter(activeTo));
    }

    public DiscountRule deactivated(Audit newAudit) {
        return new DiscountRule(id, name, discountType, reward, appliesTo, activeFrom, activeTo, limitation, false,
                newAudit);
    }

    /** Throws a {@link ValidationException} naming every invalid field of the rule. */
    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(FieldError.required("name"));
        }
        if (discountType == null) {
            errors.add(FieldError.required("discount_type"));
        }
        checkReward(errors);
        checkAppliesTo(errors);
        if (activeFrom != null && activeTo != null && activeFrom.isAfter(activeTo)) {
            errors.add(FieldError.of("active_to", "must not be before active_from"));
        }
        if (limitation != null && limitation < 1) {
            errors.add(FieldError.of("limitation", "must be 1 or more"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void checkReward(List<FieldError> errors) {
        if (reward == null || reward.type() == null) {
            errors.add(FieldError.required(reward == null ? "reward" : "reward.type"));
            return;
        }
        BigDecimal v = reward.value();
        if (v == null) {
            errors.add(FieldError.required("reward.value"));
        } else if (reward.type() == Reward.Type.PERCENTAGE) {
            Percentages.problem(v).ifPresent(problem -> errors.add(FieldError.of("reward.value", problem)));
        } else if (reward.type() == Reward.Type.AMOUNT && (v.signum() < 0 || !isWholeLong(v))) {
            errors.add(FieldError.of("reward.value", "must be a whole amount in minor units, 0 or more"));
        }
    }

    private void checkAppliesTo(List<FieldError> errors) {
        if (appliesTo == null || appliesTo.type() == null) {
            errors.add(FieldError.required(appliesTo == null ? "applies_to" : "applies_to.type"));
            return;
        }
        if (appliesTo.type() == AppliesTo.Type.ITEMS && appliesTo.itemIds().isEmpty()) {
            errors.add(FieldError.required("applies_to.item_ids"));
        }
        if (appliesTo.type() == AppliesTo.Type.TOTAL && appliesTo.minimumGross() == null) {
            errors.add(FieldError.required("applies_to.minimum_gross"));
        } else if (appliesTo.minimumGross() != null && appliesTo.minimumGross() < 0) {
            errors.add(FieldError.of("applies_to.minimum_gross", "must be 0 or more"));
        }
    }

    private static boolean isWholeLong(BigDecimal v) {
        try {
            v.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
