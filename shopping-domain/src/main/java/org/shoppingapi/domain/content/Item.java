package org.shoppingapi.domain.content;

import java.math.BigDecimal;
import java.util.List;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.money.Amounts;
import org.shoppingapi.domain.payout.ItemPayout;

/**
 * One order line. {@code grossAmount} is the line total with tax; {@code netAmount} and tax amounts are computed by
 * the server. {@code extensions} holds the fields the core carries unread;
 * {@code payout} the rule asked for ({@code manual_payout}) and the one fixed at completion.
 */
public record Item(String id, int lineId, String description, BigDecimal quantity, long grossAmount, long netAmount,
                   List<TaxLine> taxLines, List<DiscountLine> discountLines, RelatedItem relatedItem,
                   boolean eligibleForDiscount, Store store, Long version, Extensions extensions,
                   ItemPayout payout) {

    public Item {
        taxLines = Attributes.list(taxLines);
        discountLines = Attributes.list(discountLines);
        extensions = extensions == null ? Extensions.NONE : extensions;
        payout = payout == null ? ItemPayout.NONE : payout;
    }

    /** An item without payout (no {@code manual_payout}, no fixed rule). */
    public Item(String id, int lineId, String description, BigDecimal quantity, long grossAmount, long netAmount,
                List<TaxLine> taxLines, List<DiscountLine> discountLines, RelatedItem relatedItem,
                boolean eligibleForDiscount, Store store, Long version, Extensions extensions) {
        this(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines, relatedItem,
                eligibleForDiscount, store, version, extensions, ItemPayout.NONE);
    }

    /** A plain, discount-eligible item without store or pass-through fields. */
    public static Item of(String id, int lineId, String description, BigDecimal quantity, long grossAmount,
                          List<TaxLine> taxLines) {
        return new Item(id, lineId, description, quantity, grossAmount, 0, taxLines, List.of(), null, true, null,
                null, Extensions.NONE);
    }

    public Item withLineId(int newLineId) {
        return new Item(id, newLineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, extensions, payout);
    }

    public Item withGrossAmount(long newGross) {
        return new Item(id, lineId, description, quantity, newGross, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, extensions, payout);
    }

    public Item withAmounts(long newNet, List<TaxLine> newTaxLines) {
        return new Item(id, lineId, description, quantity, grossAmount, newNet, newTaxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, extensions, payout);
    }

    public Item withDiscountLines(List<DiscountLine> newDiscountLines) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, newDiscountLines,
                relatedItem, eligibleForDiscount, store, version, extensions, payout);
    }

    public Item withRelatedItem(RelatedItem newRelatedItem) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                newRelatedItem, eligibleForDiscount, store, version, extensions, payout);
    }

    public Item withEligibleForDiscount(boolean eligible) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligible, store, version, extensions, payout);
    }

    public Item withStore(Store newStore) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, newStore, version, extensions, payout);
    }

    public Item withVersion(Long newVersion) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, newVersion, extensions, payout);
    }

    public Item withExtensions(Extensions newExtensions) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, newExtensions, payout);
    }

    public Item withPayout(ItemPayout newPayout) {
        return new Item(id, lineId, description, quantity, grossAmount, netAmount, taxLines, discountLines,
                relatedItem, eligibleForDiscount, store, version, extensions, newPayout);
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
