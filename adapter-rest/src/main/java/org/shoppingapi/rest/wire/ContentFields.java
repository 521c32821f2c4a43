package org.shoppingapi.rest.wire;

import java.util.List;

/**
 * The wire fields of an order object and of an item that the core carries as extensions, unread: each is named once
 * here, in the order the response shows them. Fields the core types (ids, amounts, lines, store) are not listed.
 */
public final class ContentFields {

    /** The order object's pass-through fields. */
    public static final List<String> ORDER = List.of("merchant_reference", "customer", "shipping_address",
            "billing_address", "discounts", "comment", "salesperson_id", "salesperson_name", "delivery_at",
            "courier_id", "pickup_at", "delivery_id", "pre_order", "type", "external_ids", "external_links",
            "itinerary", "attachments", "metadata", "payment_details");

    /** An item's pass-through fields. */
    public static final List<String> ITEM = List.of("description_alias", "additions", "reversed_reason", "comment",
            "metadata", "salesperson_id", "salesperson_name", "external_id", "attachment");

    private ContentFields() {
    }
}
