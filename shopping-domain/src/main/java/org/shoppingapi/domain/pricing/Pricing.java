package org.shoppingapi.domain.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.OrderTotals;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.money.Amounts;

/** Recomputes the server-owned amounts (SPEC §4): each item's net and tax, and the order totals. */
public final class Pricing {

    private Pricing() {
    }

    /** The item with {@code net_amount = gross − Σ discounts} and tax amounts from the net; client values are ignored. */
    public static Item price(Item item) {
        long net = Amounts.subtract(item.grossAmount(), item.discountTotal());
        List<TaxLine> taxLines = item.taxLines();
        List<BigDecimal> percentages = new ArrayList<>(taxLines.size());
        for (TaxLine t : taxLines) {
            percentages.add(t.percentage());
        }
        long[] amounts = TaxCalculator.split(net, percentages);
        List<TaxLine> priced = new ArrayList<>(taxLines.size());
        for (int i = 0; i < taxLines.size(); i++) {
            priced.add(taxLines.get(i).withAmount(amounts[i]));
        }
        return item.withAmounts(net, priced);
    }

    /** Validates {@code content} (paths under {@code order}) and returns it with every item priced and totals set. */
    public static OrderContent price(OrderContent content) {
        ContentValidator.validate(content, "order");
        return priceValidated(content);
    }

    private static OrderContent priceValidated(OrderContent content) {
        List<Item> items = new ArrayList<>(content.items().size());
        for (Item item : content.items()) {
            items.add(price(item));
        }
        return content.withItems(items).withTotals(totals(items));
    }

    /** Order totals over already priced items. */
    public static OrderTotals totals(List<Item> items) {
        long gross = 0;
        long net = 0;
        long discount = 0;
        long manual = 0;
        for (Item item : items) {
            gross = Amounts.add(gross, item.grossAmount());
            net = Amounts.add(net, item.netAmount());
            for (DiscountLine d : item.discountLines()) {
                discount = Amounts.add(discount, d.amount());
                if (d.discountType() == DiscountType.MANUAL) {
                    manual = Amounts.add(manual, d.amount());
                }
            }
        }
        return new OrderTotals(gross, net, discount, manual);
    }

    /** Σ of the given totals, as the totals of orders split from one draft must add up to the draft's. */
    public static OrderTotals sum(List<OrderTotals> parts) {
        long gross = 0;
        long net = 0;
        long discount = 0;
        long manual = 0;
        for (OrderTotals t : parts) {
            gross = Amounts.add(gross, t.grossAmount());
            net = Amounts.add(net, t.netAmount());
            discount = Amounts.add(discount, t.totalDiscount());
            manual = Amounts.add(manual, t.totalManualDiscountAmount());
        }
        return new OrderTotals(gross, net, discount, manual);
    }
}
