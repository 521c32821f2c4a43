package org.shoppingapi.domain.payout;

/**
 * The payout side of an order line: the rule a client asked for by id ({@code manualRuleId}, optional) and the rule
 * fixed on the line when its draft was completed ({@code fixedRule}, empty on drafts and on lines without payout).
 */
public record ItemPayout(String manualRuleId, PayoutRule fixedRule) {

    public static final ItemPayout NONE = new ItemPayout(null, null);

    public static ItemPayout manual(String ruleId) {
        return new ItemPayout(ruleId, null);
    }

    public ItemPayout fixed(PayoutRule rule) {
        return new ItemPayout(manualRuleId, rule);
    }

    public boolean isEmpty() {
        return manualRuleId == null && fixedRule == null;
    }
}
