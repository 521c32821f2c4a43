package org.shoppingapi.jdbc.document;

import java.util.List;

/**
 * Stored payout values (SPEC §4c), optional members of version-1 documents: absent in documents written before
 * payouts existed, which therefore read as "no payout". A percentage is exact decimal text, never a double.
 */
public final class PayoutRows {

    private PayoutRows() {
    }

    /** One destination: {@code type} is {@code AMOUNT}, {@code PERCENTAGE} or {@code REMAINING}. */
    public record DestinationRow(String type, String destination, Long amount, String percentage,
                                 List<DestinationRow> destinations) {
    }

    /** A rule's terms: fixed on an order line, or a dynamic rule of a draft. */
    public record RuleRow(String ruleType, String ruleId, List<DestinationRow> destinations) {
    }

    /** An item's payout: the rule a client named and the rule fixed at completion. */
    public record ItemPayoutRow(String manualRuleId, RuleRow fixedRule) {
    }

    /** A draft's payout option. */
    public record OptionsRow(Boolean enabled, List<RuleRow> rules) {
    }

    /** A payment item's split. */
    public record SplitRow(String ruleId, String ruleType, List<ShareRow> shares) {
    }

    /** One destination's share of a split. */
    public record ShareRow(String destination, Long amount) {
    }
}
