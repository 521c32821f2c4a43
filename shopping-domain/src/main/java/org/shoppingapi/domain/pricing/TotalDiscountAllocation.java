package org.shoppingapi.domain.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.money.Amounts;
import org.shoppingapi.domain.money.LargestRemainder;

/**
 * Spreads an order-level discount over the eligible items in proportion to each item's remaining base (gross minus
 * its discounts), by largest remainder with ties to the lower {@code line_id}, so the shares add up exactly.
 */
public final class TotalDiscountAllocation {

    private TotalDiscountAllocation() {
    }

    /** An item's gross minus the discounts already on it. */
    public static long remainingBase(Item item) {
        return Amounts.subtract(item.grossAmount(), item.discountTotal());
    }

    /** Σ remaining base over the items that can take a share (eligible, base > 0). */
    public static long allocatableBase(List<Item> items) {
        long sum = 0;
        for (Item item : items) {
            if (takesShare(item)) {
                sum = Amounts.add(sum, remainingBase(item));
            }
        }
        return sum;
    }

    /**
     * Each receiving item's share by {@code line_id}; items that are ineligible or have no positive base get none.
     *
     * @throws ValidationException when {@code amount} is negative or exceeds the allocatable base
     */
    public static Map<Integer, Long> shares(long amount, List<Item> items) {
        if (amount < 0) {
            throw ValidationException.of("discount.amount", "must be 0 or more");
        }
        List<Item> receiving = new ArrayList<>();
        for (Item item : items) {
            if (takesShare(item)) {
                receiving.add(item);
            }
        }
        receiving.sort(Comparator.comparingInt(Item::lineId));
        long base = allocatableBase(receiving);
        if (amount > base) {
            throw ValidationException.of("discount.amount", "must not exceed the eligible items' remaining "
                    + "amount " + base);
        }
        Map<Integer, Long> result = new LinkedHashMap<>();
        if (amount == 0) {
            return result;
        }
        List<Long> weights = new ArrayList<>(receiving.size());
        for (Item item : receiving) {
            weights.add(remainingBase(item));
        }
        long[] parts = LargestRemainder.proportional(amount, weights);
        for (int i = 0; i < parts.length; i++) {
            result.put(receiving.get(i).lineId(), parts[i]);
        }
        return result;
    }

    /**
     * The content with one discount line per receiving item (share > 0) appended; net and tax are left to
     * {@link Pricing}. Each new line's {@code line_id} is its position in the item's discount lines, from 1.
     */
    public static OrderContent apply(OrderContent content, long amount, BigDecimal percentage, DiscountType type,
                                     String discountId, String description) {
        Map<Integer, Long> shares = shares(amount, content.items());
        List<Item> items = new ArrayList<>(content.items().size());
        for (Item item : content.items()) {
            long share = shares.getOrDefault(item.lineId(), 0L);
            if (share == 0) {
                items.add(item);
                continue;
            }
            List<DiscountLine> lines = new ArrayList<>(item.discountLines());
            lines.add(new DiscountLine(share, percentage, type, discountId, description, lines.size() + 1));
            items.add(item.withDiscountLines(lines));
        }
        return content.withItems(items);
    }

    private static boolean takesShare(Item item) {
        return item.eligibleForDiscount() && remainingBase(item) > 0;
    }
}
