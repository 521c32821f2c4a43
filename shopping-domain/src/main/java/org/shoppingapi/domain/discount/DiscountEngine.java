package org.shoppingapi.domain.discount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.money.Amounts;
import org.shoppingapi.domain.money.Rounding;
import org.shoppingapi.domain.pricing.DiscountApplier;
import org.shoppingapi.domain.pricing.TotalDiscountAllocation;

/**
 * Evaluates an account's discount rules over an order (SPEC §4b), purely: engine lines (those naming one of the
 * rules) are dropped and recomputed on every run, the client's own lines stay. Net and tax are left to pricing.
 */
public final class DiscountEngine {

    private DiscountEngine() {
    }

    /** The engine as the draft operations take it, for {@code apply_discounts=true}. */
    public static DiscountApplier applier(List<DiscountRule> rulesInCreationOrder, Instant now) {
        return content -> apply(rulesInCreationOrder, content, now);
    }

    /**
     * @param rulesInCreationOrder all of the account's rules (inactive ones too, so their old lines are dropped),
     *                             oldest first: active rules apply in this order
     */
    public static OrderContent apply(List<DiscountRule> rulesInCreationOrder, OrderContent content, Instant now) {
        Set<String> engineIds = new HashSet<>();
        for (DiscountRule rule : rulesInCreationOrder) {
            engineIds.add(rule.id());
        }
        OrderContent result = content.withItems(content.items().stream()
                .map(item -> withoutEngineLines(item, engineIds)).toList());
        for (DiscountRule rule : rulesInCreationOrder) {
            if (!rule.isActiveAt(now)) {
                continue;
            }
            result = rule.appliesTo().type() == AppliesTo.Type.TOTAL ? applyTotal(rule, result)
                    : applyToItems(rule, result);
        }
        return result;
    }

    private static Item withoutEngineLines(Item item, Set<String> engineIds) {
        List<DiscountLine> kept = item.discountLines().stream()
                .filter(line -> line.discountId() == null || !engineIds.contains(line.discountId())).toList();
        return kept.size() == item.discountLines().size() ? item : item.withDiscountLines(kept);
    }

    private static OrderContent applyToItems(DiscountRule rule, OrderContent content) {
        List<Item> items = new ArrayList<>(content.items());
        // Positions sorted by line_id, so a limitation reaches the lowest line ids first.
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.eligibleForDiscount() && (rule.appliesTo().type() == AppliesTo.Type.ALL_ITEMS
                    || rule.appliesTo().itemIds().contains(item.id()))) {
                positions.add(i);
            }
        }
        positions.sort(Comparator.comparingInt(i -> items.get(i).lineId()));
        int reach = rule.limitation() == null ? Integer.MAX_VALUE : rule.limitation();
        int reached = 0;
        for (int position : positions) {
            if (reached >= reach) {
                break;
            }
            Item item = items.get(position);
            long base = TotalDiscountAllocation.remainingBase(item);
            long amount = base <= 0 ? 0 : Math.min(itemReward(rule.reward(), base), base);
            if (amount > 0) {
                reached++;
                items.set(position, withLine(item, rule, amount));
            }
        }
        return content.withItems(items);
    }

    private static OrderContent applyTotal(DiscountRule rule, OrderContent content) {
        long eligibleGross = 0;
        for (Item item : content.items()) {
            if (item.eligibleForDiscount() && item.grossAmount() > 0) {
                eligibleGross = Amounts.add(eligibleGross, item.grossAmount());
            }
        }
        Long minimum = rule.appliesTo().minimumGross();
        if (minimum != null && eligibleGross < minimum) {
            return content;
        }
        long base = TotalDiscountAllocation.allocatableBase(content.items());
        long amount = Math.min(itemReward(rule.reward(), base), base);
        if (amount <= 0) {
            return content;
        }
        return TotalDiscountAllocation.apply(content, amount, percentageOf(rule.reward()), rule.discountType(),
                rule.id(), rule.name());
    }

    private static long itemReward(Reward reward, long base) {
        return reward.type() == Reward.Type.PERCENTAGE ? Rounding.percentOf(base, reward.value())
                : reward.value().longValueExact();
    }

    private static BigDecimal percentageOf(Reward reward) {
        return reward.type() == Reward.Type.PERCENTAGE ? reward.value() : null;
    }

    private static Item withLine(Item item, DiscountRule rule, long amount) {
        List<DiscountLine> lines = new ArrayList<>(item.discountLines());
        lines.add(new DiscountLine(amount, percentageOf(rule.reward()), rule.discountType(), rule.id(), rule.name(),
                lines.size() + 1));
        return item.withDiscountLines(lines);
    }
}
