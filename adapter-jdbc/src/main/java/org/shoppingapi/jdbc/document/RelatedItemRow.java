package org.shoppingapi.jdbc.document;

/** A stored {@code related_item}. */
public record RelatedItemRow(Integer lineId, String type) {
}
