package org.shoppingapi.rest.discount;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.domain.error.DomainException;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.discount.DiscountRuleDefinition;
import org.shoppingapi.rest.wire.LinkJson;
import org.shoppingapi.rest.wire.WireEnums;

/** Wire ↔ domain for discount rules; every wire problem is reported at once, each naming its field. */
public final class DiscountRuleMapper {

    private static final DiscountRuleRequestJson EMPTY =
            new DiscountRuleRequestJson(null, null, null, null, null, null, null, null);

    /** The definition the client sent; bad wire values are reported together with the domain's own checks. */
    public DiscountRuleDefinition toDefinition(DiscountRuleRequestJson request) {
        DiscountRuleRequestJson body = request == null ? EMPTY : request;
        List<FieldError> errors = new ArrayList<>();
        DiscountType type = body.discountType() == null ? null
                : parse(errors, () -> WireEnums.parse(DiscountType.class, body.discountType(), "discount_type"));
        Reward reward = body.reward() == null ? null : new Reward(body.reward().type() == null ? null
                : parse(errors, () -> WireEnums.parse(Reward.Type.class, body.reward().type(), "reward.type")), body.reward().value());
        AppliesTo appliesTo = appliesTo(body.appliesTo(), errors);
        try {
            DiscountRuleDefinition definition = new DiscountRuleDefinition(body.name(), type, reward, appliesTo,
                    body.activeFrom(), body.activeTo(), body.limitation());
            if (errors.isEmpty()) {
                return definition;
            }
        } catch (ValidationException invalid) {
            // A value that could not be parsed is also "required" to the domain; report it once.
            Set<String> reported = new HashSet<>();
            errors.forEach(e -> reported.add(e.field()));
            invalid.errors().stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
        }
        throw new ValidationException(errors);
    }

    private static AppliesTo appliesTo(AppliesToJson json, List<FieldError> errors) {
        if (json == null) {
            return null;
        }
        AppliesTo.Type type = json.type() == null ? null : parse(errors, () -> WireEnums.parse(AppliesTo.Type.class, json.type(), "applies_to.type"));
        List<String> ids = json.itemIds() == null ? List.of() : json.itemIds();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || ids.get(i).isBlank()) {
                errors.add(FieldError.required("applies_to.item_ids[" + i + "]"));
            }
        }
        return new AppliesTo(type, ids, json.minimumGross());
    }

    /** Runs a wire-value parser, turning its validation error into a collected one. */
    private static <T> T parse(List<FieldError> errors, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DomainException invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    public DiscountRuleJson toJson(String accountId, DiscountRule rule) {
        String self = "/v1/accounts/" + accountId + "/discounts/rules/" + rule.id();
        AppliesTo to = rule.appliesTo();
        return new DiscountRuleJson(rule.id(), rule.name(), WireEnums.name(rule.discountType()),
                new RewardJson(WireEnums.name(rule.reward().type()), rule.reward().value()),
                new AppliesToJson(WireEnums.name(to.type()), to.itemIds().isEmpty() ? null : to.itemIds(),
                        to.minimumGross()),
                rule.activeFrom(), rule.activeTo(), rule.limitation(), rule.active(), rule.audit().createdAt(),
                rule.audit().createdBy(), rule.audit().updatedAt(), List.of(new LinkJson(self, "self")));
    }
}
