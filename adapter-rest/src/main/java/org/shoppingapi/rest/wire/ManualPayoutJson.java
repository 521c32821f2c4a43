package org.shoppingapi.rest.wire;

/** An item's {@code manual_payout}: the payout rule it uses whatever its store. */
public record ManualPayoutJson(String ruleId) {
}
