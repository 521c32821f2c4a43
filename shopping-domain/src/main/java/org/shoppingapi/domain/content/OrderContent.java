package org.shoppingapi.domain.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shoppingapi.domain.common.Attributes;

/**
 * The body of an order: a draft's {@code order} object and an order's content. {@code totals} is computed by the
 * server; {@code attributes} holds the opaque pass-through wire fields keyed by their snake_case names.
 */
public record OrderContent(String orderId, String currency, Store store, List<Item> items, OrderTotals totals,
                           Map<String, Object> attributes) {

    /** The pass-through attribute holding the payment details sent with the order. */
    public static final String PAYMENT_DETAILS = "payment_details";

    public OrderContent {
        items = Attributes.list(items);
        totals = totals == null ? OrderTotals.ZERO : totals;
        attributes = Attributes.copy(attributes);
    }

    public static OrderContent of(String currency, List<Item> items) {
        return new OrderContent(null, currency, null, items, null, Map.of());
    }

    public OrderContent withOrderId(String newOrderId) {
        return new OrderContent(newOrderId, currency, store, items, totals, attributes);
    }

    public OrderContent withStore(Store newStore) {
        return new OrderContent(orderId, currency, newStore, items, totals, attributes);
    }

    public OrderContent withItems(List<Item> newItems) {
        return new OrderContent(orderId, currency, store, newItems, totals, attributes);
    }

    public OrderContent withTotals(OrderTotals newTotals) {
        return new OrderContent(orderId, currency, store, items, newTotals, attributes);
    }

    public OrderContent withAttributes(Map<String, Object> newAttributes) {
        return new OrderContent(orderId, currency, store, items, totals, newAttributes);
    }

    /**
     * The customer's id, {@code customer.id} (the vendor's key: any string, a number is read as its text); empty when
     * the order names no customer or the customer has no id.
     */
    public Optional<String> customerId() {
        if (attributes.get("customer") instanceof Map<?, ?> customer && customer.get("id") != null
                && !(customer.get("id") instanceof Map<?, ?>) && !(customer.get("id") instanceof List<?>)) {
            return Optional.of(String.valueOf(customer.get("id")));
        }
        return Optional.empty();
    }

    public Optional<Item> item(int lineId) {
        return items.stream().filter(i -> i.lineId() == lineId).findFirst();
    }
}
