package org.shoppingapi.domain.discount;

import java.util.List;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.wire.WireNames;

/** Which part of an order a rule discounts: listed item ids, every item, or the total above a minimum gross. */
public record AppliesTo(Type type, List<String> itemIds, Long minimumGross) {

    /** {@code items}, {@code all_items} or {@code total} on the wire. */
    public enum Type {
        ITEMS, ALL_ITEMS, TOTAL;

        public String wireName() {
            return WireNames.of(this);
        }

        public static Type fromWire(String value) {
            return WireNames.parse(Type.class, value, "applies_to.type");
        }
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
