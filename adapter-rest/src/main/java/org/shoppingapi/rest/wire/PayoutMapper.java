package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutDestination.Fixed;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;
import org.shoppingapi.domain.payout.PayoutOptions;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.domain.payout.PayoutSplit;

/**
 * Wire ↔ domain for payouts (SPEC §4c): rule bodies (stored and dynamic), {@code options.payout}, the fixed
 * {@code payout_rule} of an order line and the {@code payout} of a payment operation item. Wire problems (a missing
 * or unknown {@code type}, an amount that is not whole) are reported first, each naming its field; the domain then
 * checks the rule itself.
 */
public final class PayoutMapper {

    public static final String STORE_ID_RULE_TYPE = "order.items.store.id";
    private static final String AMOUNT = "amount";
    private static final String PERCENTAGE = "percentage";
    private static final String REMAINING = "remaining_amount";

    private final ObjectMapper json;

    public PayoutMapper(ObjectMapper json) {
        this.json = json;
    }

    // ---- request -> domain ----------------------------------------------------------------------------

    /** A rule body whose fields are named under {@code path} ("" at the top of a request); validated. */
    public PayoutRule toRule(PayoutRuleBodyJson body, String path) {
        List<FieldError> errors = new ArrayList<>();
        PayoutRule rule = toRule(body == null ? new PayoutRuleBodyJson(null, null, null, null) : body, path, errors);
        if (errors.isEmpty()) {
            errors.addAll(rule.problems(path));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return rule;
    }

    private PayoutRule toRule(PayoutRuleBodyJson body, String path, List<FieldError> errors) {
        PayoutRuleType type = null;
        if (body.ruleType() != null) {
            if (STORE_ID_RULE_TYPE.equals(body.ruleType())) {
                type = PayoutRuleType.ITEM_STORE_ID;
            } else {
                errors.add(FieldError.of(path + "rule_type", "must be " + STORE_ID_RULE_TYPE));
            }
        }
        List<PayoutDestination> destinations = new ArrayList<>();
        List<PayoutDestinationJson> wire = body.destinations() == null ? List.of() : body.destinations();
        for (int i = 0; i < wire.size(); i++) {
            destinations.add(destination(wire.get(i), path + "destinations[" + i + "]", errors));
        }
        return new PayoutRule(type, body.ruleId(), destinations);
    }

    private static PayoutDestination destination(PayoutDestinationJson d, String at, List<FieldError> errors) {
        if (d == null) {
            return null; // the domain names it as required
        }
        if (d.type() == null) {
            errors.add(FieldError.required(at + ".type"));
            return null;
        }
        return switch (d.type()) {
            case AMOUNT -> new Fixed(d.destination(), wholeAmount(d.value(), at + ".value", errors));
            case PERCENTAGE -> new Percentage(d.destination(), d.value());
            case REMAINING -> new Remaining(d.destination(), shares(d.destinations(), at + ".destinations", errors));
            default -> {
                errors.add(FieldError.of(at + ".type",
                        "must be one of " + String.join(", ", AMOUNT, PERCENTAGE, REMAINING)));
                yield null;
            }
        };
    }

    private static List<Percentage> shares(List<PayoutDestinationJson> subs, String at, List<FieldError> errors) {
        List<Percentage> shares = new ArrayList<>();
        List<PayoutDestinationJson> wire = subs == null ? List.of() : subs;
        for (int j = 0; j < wire.size(); j++) {
            PayoutDestinationJson sub = wire.get(j);
            if (sub != null && !PERCENTAGE.equals(sub.type())) {
                errors.add(FieldError.of(at + "[" + j + "].type", "must be percentage"));
            }
            shares.add(sub == null ? null : new Percentage(sub.destination(), sub.value()));
        }
        return shares;
    }

    private static long wholeAmount(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.required(field));
            return 0;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            errors.add(FieldError.of(field, "must be a whole amount in minor units"));
            return 0;
        }
    }

    /**
     * {@code options.payout}: {@code true}/{@code false}, or an object (payout on) whose {@code rules} are the draft's
     * dynamic rules; absent is null.
     */
    public PayoutOptions toOptions(Object payout) {
        String path = "options.payout";
        return switch (payout) {
            case null -> null;
            case Boolean enabled -> new PayoutOptions(enabled, List.of());
            case Map<?, ?> object -> new PayoutOptions(true, dynamicRules(object.get("rules"), path + ".rules"));
            default -> throw ValidationException.of(path, "must be true, false or an object with rules");
        };
    }

    private List<PayoutRule> dynamicRules(Object rules, String path) {
        if (rules == null) {
            return List.of();
        }
        if (!(rules instanceof List<?> list)) {
            throw ValidationException.of(path, "must be an array of payout rules");
        }
        List<FieldError> errors = new ArrayList<>();
        List<PayoutRule> parsed = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            Object element = list.get(i);
            if (!(element instanceof Map<?, ?>)) {
                errors.add(element == null ? FieldError.required(at) : FieldError.of(at, "must be a payout rule"));
                continue;
            }
            try {
                parsed.add(toRule(json.convertValue(element, PayoutRuleBodyJson.class), at + ".", errors));
            } catch (IllegalArgumentException unreadable) {
                errors.add(FieldError.of(at, "is not a payout rule: a field has the wrong JSON type"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return parsed; // the domain validates them with the draft's options
    }

    // ---- domain -> response ---------------------------------------------------------------------------

    public PayoutRuleJson toJson(String accountId, AccountPayoutRule stored) {
        String self = "/v1/accounts/" + accountId + "/billing/payout-rules/" + stored.id();
        PayoutRule rule = stored.rule();
        return new PayoutRuleJson(stored.id(), ruleType(rule), rule.ruleId(), destinations(rule.destinations()),
                stored.metadata(), stored.audit().createdAt(), stored.audit().createdBy(),
                stored.audit().updatedAt(), stored.audit().deletedAt(), stored.audit().deletedBy(),
                List.of(new LinkJson(self, "self")));
    }

    /** {@code options.payout} as the client sent it: a flag, or an object with the dynamic rules. */
    public Object toJson(PayoutOptions options) {
        if (options == null) {
            return null;
        }
        if (options.rules().isEmpty()) {
            return options.enabled();
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("rules", options.rules().stream().map(rule -> new PayoutRuleBodyJson(ruleType(rule),
                rule.ruleId(), destinations(rule.destinations()), null)).toList());
        return object;
    }

    public FixedPayoutRuleJson toJson(PayoutRule fixed) {
        return fixed == null ? null
                : new FixedPayoutRuleJson(fixed.ruleId(), ruleType(fixed), destinations(fixed.destinations()));
    }

    public static PayoutSplitJson toJson(PayoutSplit split) {
        return split == null ? null : new PayoutSplitJson(split.ruleId(), ruleType(split.ruleType()),
                split.shares().stream().map(s -> new PayoutSplitJson.ShareJson(s.destination(), s.amount())).toList());
    }

    private static String ruleType(PayoutRule rule) {
        return rule.type() == null ? null : ruleType(rule.type());
    }

    private static String ruleType(PayoutRuleType type) {
        return switch (type) {
            case ITEM_STORE_ID -> STORE_ID_RULE_TYPE;
        };
    }

    private static List<PayoutDestinationJson> destinations(List<PayoutDestination> destinations) {
        return destinations.stream().map(PayoutMapper::destination).toList();
    }

    private static PayoutDestinationJson destination(PayoutDestination d) {
        return switch (d) {
            case Fixed f -> new PayoutDestinationJson(AMOUNT, BigDecimal.valueOf(f.amount()), f.destination(), null);
            case Percentage p -> percentage(p);
            case Remaining r -> new PayoutDestinationJson(REMAINING, null, r.destination(),
                    r.isShared() ? r.shares().stream().map(PayoutMapper::percentage).toList() : null);
        };
    }

    private static PayoutDestinationJson percentage(Percentage p) {
        return new PayoutDestinationJson(PERCENTAGE, p.percentage(), p.destination(), null);
    }
}
