package org.shoppingapi.rest.wire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An order item on the wire (SPEC §3); {@code net_amount} and tax amounts are always computed by the server. */
public record ItemJson(
        String id,
        Integer lineId,
        String description,
        String descriptionAlias,
        BigDecimal quantity,
        Long grossAmount,
        Long netAmount,
        List<TaxLineJson> taxLines,
        List<DiscountLineJson> discountLines,
        List<Object> additions,
        RelatedItemJson relatedItem,
        String reversedReason,
        String comment,
        Map<String, Object> metadata,
        String salespersonId,
        String salespersonName,
        Boolean eligibleForDiscount,
        String externalId,
        Map<String, Object> store,
        Object attachment,
        Long version,
        ManualPayoutJson manualPayout,
        FixedPayoutRuleJson payoutRule) {

    /** One tax line: {@code percentage} is required, {@code amount} is computed. */
    public record TaxLineJson(BigDecimal percentage, Long amount) {
    }

    /** One discount line on an item. */
    public record DiscountLineJson(Long amount, BigDecimal percentage, String discountType, String discountId,
                                   String description, Integer lineId) {
    }

    /** The item this one relates to, e.g. the original of a reversal. */
    public record RelatedItemJson(Integer lineId, String type) {
    }
}
