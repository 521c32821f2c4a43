package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.OrderTotals;
import org.shoppingapi.domain.content.RelatedItem;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.content.TaxLine;

/** Order content ↔ its stored rows, field by field; reading checks every required field and names its path. */
final class ContentMapping {

    private ContentMapping() {
    }

    static ContentRow toRow(OrderContent c) {
        return new ContentRow(c.orderId(), c.currency(), toRow(c.store()), c.items().stream().map(ContentMapping::toRow)
                .toList(), new TotalsRow(c.totals().grossAmount(), c.totals().netAmount(), c.totals().totalDiscount(),
                c.totals().totalManualDiscountAmount()), c.extensions().asMap());
    }

    static OrderContent toDomain(ContentRow row, String path) {
        required(row, path);
        List<ItemRow> itemRows = required(row.items(), path + ".items");
        List<Item> items = new ArrayList<>(itemRows.size());
        for (int i = 0; i < itemRows.size(); i++) {
            items.add(toDomain(itemRows.get(i), path + ".items[" + i + "]"));
        }
        TotalsRow t = required(row.totals(), path + ".totals");
        OrderTotals totals = new OrderTotals(required(t.grossAmount(), path + ".totals.gross_amount"),
                required(t.netAmount(), path + ".totals.net_amount"),
                required(t.totalDiscount(), path + ".totals.total_discount"),
                required(t.totalManualDiscountAmount(), path + ".totals.total_manual_discount_amount"));
        Extensions extensions = Extensions.of(required(row.attributes(), path + ".attributes"));
        return new OrderContent(row.orderId(), row.currency(), toDomain(row.store(), path + ".store"), items, totals,
                customerId(extensions), extensions);
    }

    /**
     * The key the core keeps typed, read from the stored {@code customer} object as the REST adapter reads it from a
     * request: its {@code id} as text, {@code null} when there is none. The document stores only the object, so it
     * stays as it always was.
     */
    private static String customerId(Extensions stored) {
        return stored.scalarText("customer", "id").orElse(null);
    }

    private static ItemRow toRow(Item i) {
        return new ItemRow(i.id(), i.lineId(), i.description(), i.quantity(), i.grossAmount(), i.netAmount(),
                i.taxLines().stream().map(t -> new TaxLineRow(t.percentage(), t.amount())).toList(),
                i.discountLines().stream().map(d -> new DiscountLineRow(d.amount(), d.percentage(),
                        d.discountType() == null ? null : StoredNames.of(d.discountType()), d.discountId(),
                        d.description(), d.lineId())).toList(),
                i.relatedItem() == null ? null : new RelatedItemRow(i.relatedItem().lineId(), i.relatedItem().type()),
                i.eligibleForDiscount(), toRow(i.store()), i.version(), i.extensions().asMap(),
                PayoutMapping.toRow(i.payout()));
    }

    private static Item toDomain(ItemRow row, String path) {
        List<TaxLineRow> taxRows = required(row.taxLines(), path + ".tax_lines");
        List<TaxLine> taxLines = new ArrayList<>(taxRows.size());
        for (int i = 0; i < taxRows.size(); i++) {
            String at = path + ".tax_lines[" + i + "]";
            TaxLineRow t = taxRows.get(i);
            taxLines.add(new TaxLine(required(t.percentage(), at + ".percentage"), required(t.amount(), at + ".amount")));
        }
        List<DiscountLineRow> discountRows = required(row.discountLines(), path + ".discount_lines");
        List<DiscountLine> discountLines = new ArrayList<>(discountRows.size());
        for (int i = 0; i < discountRows.size(); i++) {
            String at = path + ".discount_lines[" + i + "]";
            DiscountLineRow d = discountRows.get(i);
            discountLines.add(new DiscountLine(required(d.amount(), at + ".amount"), d.percentage(),
                    StoredNames.discountType(d.discountType(), at + ".discount_type"), d.discountId(),
                    d.description(), d.lineId()));
        }
        RelatedItem related = row.relatedItem() == null ? null : new RelatedItem(
                required(row.relatedItem().lineId(), path + ".related_item.line_id"), row.relatedItem().type());
        return new Item(row.id(), required(row.lineId(), path + ".line_id"), row.description(), row.quantity(),
                required(row.grossAmount(), path + ".gross_amount"), required(row.netAmount(), path + ".net_amount"),
                taxLines, discountLines, related,
                required(row.eligibleForDiscount(), path + ".eligible_for_discount"),
                toDomain(row.store(), path + ".store"), row.version(),
                Extensions.of(required(row.attributes(), path + ".attributes")),
                PayoutMapping.toDomain(row.payout(), path + ".payout"));
    }

    private static StoreRow toRow(Store store) {
        return store == null ? null : new StoreRow(store.id(), store.extensions().asMap());
    }

    private static Store toDomain(StoreRow row, String path) {
        return row == null ? null : new Store(row.id(),
                Extensions.of(required(row.attributes(), path + ".attributes")));
    }
}
