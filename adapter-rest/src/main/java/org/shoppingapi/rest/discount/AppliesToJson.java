package org.shoppingapi.rest.discount;

import java.util.List;

/** {@code {"type": "items"|"all_items"|"total", "item_ids", "minimum_gross"}}. */
public record AppliesToJson(String type, List<String> itemIds, Long minimumGross) {
}
