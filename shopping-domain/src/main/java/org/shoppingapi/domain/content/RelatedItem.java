package org.shoppingapi.domain.content;

/** Points an item at another line of the same order, e.g. {@code type: "reversed"} for a reversal. */
public record RelatedItem(int lineId, String type) {

    public static final String REVERSED = "reversed";
}
