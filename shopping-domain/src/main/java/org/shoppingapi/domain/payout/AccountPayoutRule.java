package org.shoppingapi.domain.payout;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.FieldError;

/**
 * A payout rule an account keeps: its terms, the client's opaque {@code metadata}, and its audit. A deleted rule
 * stays readable but no longer applies to new orders, and its {@code ruleId} is free for a new live rule.
 */
public record AccountPayoutRule(String id, PayoutRule rule, Map<String, Object> metadata, Audit audit) {

    /** 409: another live rule of the account has the rule id. */
    public static final String DUPLICATE_RULE_ID = "DUPLICATE_RULE_ID";
    /** 409: a deleted rule cannot be replaced. */
    public static final String RULE_DELETED = "PAYOUT_RULE_DELETED";

    public AccountPayoutRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(audit, "audit");
        metadata = Attributes.copy(metadata);
    }

    /** The conflict of a rule id already used by a live rule of the account, naming the field. */
    public static ConflictException duplicateRuleId(String ruleId) {
        String message = "rule_id \"" + ruleId + "\" is already used by a live payout rule of this account";
        return new ConflictException(DUPLICATE_RULE_ID, message, List.of(new FieldError("rule_id", message)));
    }

    public boolean isLive() {
        return audit.deletedAt() == null;
    }

    /** The rule with new terms and metadata, as a PUT leaves it. */
    public AccountPayoutRule replaced(PayoutRule newRule, Map<String, Object> newMetadata, Instant at) {
        return new AccountPayoutRule(id, newRule, newMetadata, audit.updated(at));
    }

    /** The rule marked deleted; a deleted one is returned unchanged. */
    public AccountPayoutRule deleted(Instant at, String by) {
        return isLive() ? new AccountPayoutRule(id, rule, metadata, audit.deleted(at, by)) : this;
    }
}
