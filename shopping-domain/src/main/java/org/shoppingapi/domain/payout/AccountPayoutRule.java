package org.shoppingapi.domain.payout;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.common.Audit;

/**
 * A payout rule an account keeps: its terms, the client's opaque {@code metadata}, and its audit. A deleted rule
 * stays readable but no longer applies to new orders, and its {@code ruleId} is free for a new live rule.
 */
public record AccountPayoutRule(String id, PayoutRule rule, Map<String, Object> metadata, Audit audit) {

    public AccountPayoutRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(audit, "audit");
        metadata = Attributes.copy(metadata);
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
