package org.shoppingapi.domain.payout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.error.FieldError;

/**
 * A draft's payout option: {@code enabled} lets lines use the account's stored rules by store id, {@code rules} are
 * the draft's own (dynamic) rules, which come before stored ones.
 */
public record PayoutOptions(boolean enabled, List<PayoutRule> rules) {

    public static final PayoutOptions OFF = new PayoutOptions(false, List.of());

    public PayoutOptions {
        rules = Attributes.list(rules);
    }

    /** The dynamic rule with {@code ruleId}, if the draft has one. */
    public Optional<PayoutRule> rule(String ruleId) {
        return rules.stream().filter(r -> r != null && ruleId.equals(r.ruleId())).findFirst();
    }

    /** Every invalid field of the dynamic rules (paths under {@code path}) and a rule_id given twice. */
    public List<FieldError> problems(String path) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            String at = path + "rules[" + i + "]";
            PayoutRule rule = rules.get(i);
            if (rule == null) {
                errors.add(FieldError.required(at));
                continue;
            }
            errors.addAll(rule.problems(at + "."));
            if (rule.ruleId() != null && !seen.add(rule.ruleId())) {
                errors.add(FieldError.of(at + ".rule_id", "\"" + rule.ruleId() + "\" is already the rule_id of "
                        + "another rule of options.payout.rules"));
            }
        }
        return errors;
    }
}
