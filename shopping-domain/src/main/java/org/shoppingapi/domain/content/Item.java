package org.shoppingapi.domain.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.money.Amounts;

/**
 * One order line. {@code grossAmount} is the line total with tax; {@code netAmount} and tax amounts are computed by
 * the server. {@code attributes} holds the opaque pass-through wire fields keyed by their snake_case names.
 */
public record Item(String id, int lineId, String description, BigDecimal quantity, long grossAmount, long netAmount,
                   List<TaxLine> taxLines, List<DiscountLine> discountLines, RelatedItem relatedItem,
                   boolean eligibleForDiscount, Store store, Long version, Map<String, Object> attributes) {

    /** Wire names of the fields kept opaque in {@link #attributes()}. */
    public static final List<String> PASS_THROUGH = List.of("description_alias", "additions", "reversed_reason",
            "comment", "metadata", "salesperson_id", "salesperson_name", "external_id", "attachment");

    public Item {
        taxLines = Attributes.list(taxLines);
        discountLines = Attributes.list(discountLines);
        attributes = Attributes.copy(attributes);
    }

    /** A plain, discount-eligible item without store or pass-through fields. */
    public static Item of(String id, int lineId, String description, BigDecimal quantity, long grossAmount,
                          List<TaxLine> taxLines) {
        return new Item(id, lineId, description, quantity, grossAmount, 0, taxLines, List.of(), null, true, null,
                null, Map.of());
    }

    public Item withLineId(int newLineId) {
        return new Item(id, newLineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, attributes);
    }

    public Item withGrossAmount(long newGross) {
        return new Item(id, lineId, description, quantity, newGross, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, attributes);
    }

    public Item withAmounts(long newNet, List<TaxLine> newTaxLines) {
        return new Item(id, lineId, description, quantity, grossAmount, newNet, newTaxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, attributes);
    }

    public Item withDiscountLines(List<DiscountLine> newDiscountLines) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, newDiscountLines,
                relatedItem, eligibleForDiscount, store, version, attributes);
    }

    public Item withRelatedItem(RelatedItem newRelatedItem) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                newRelatedItem, eligibleForDiscount, store, version, attributes);
    }

    public Item withEligibleForDiscount(boolean eligible) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligible, store, version, attributes);
    }

    public Item withStore(Store newStore) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, newStore, version, attributes);
    }

    public Item withVersion(Long newVersion) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, newVersion, attributes);
    }

    public Item withAttributes(Map<String, Object> newAttributes) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, newAttributes);
    }

    /** Σ of the discount lines' amounts (overflow-checked). */
    public long discountTotal() {
        return Amounts.sum(discountLines, DiscountLine::amount);
    }

    /** Σ of the tax lines' amounts (overflow-checked). */
    public long taxTotal() {
        return Amounts.sum(taxLines, TaxLine::amount);
    }
}
