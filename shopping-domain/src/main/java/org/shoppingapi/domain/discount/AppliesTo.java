package org.shoppingapi.domain.discount;

import java.util.List;
import org.shoppingapi.domain.common.Attributes;

/** Which part of an order a rule discounts: listed item ids, every item, or the total above a minimum gross. */
public record AppliesTo(Type type, List<String> itemIds, Long minimumGross) {

    /** Listed items, every item, or the order's total. */
    public enum Type {
        ITEMS, ALL_ITEMS, TOTAL
    }

    public AppliesTo {
        itemIds = Attributes.list(itemIds);
    }

    public static AppliesTo items(String... ids) {
        return new AppliesTo(Type.ITEMS, List.of(ids), null);
    }

    public static AppliesTo allItems() {
        return new AppliesTo(Type.ALL_ITEMS, List.of(), null);
    }

    public static AppliesTo total(long minimumGross) {
        return new AppliesTo(Type.TOTAL, List.of(), minimumGross);
    }
}
