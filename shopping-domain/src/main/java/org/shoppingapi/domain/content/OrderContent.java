package org.shoppingapi.domain.content;

import java.util.List;
import java.util.Optional;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.common.Extensions;

/**
 * The body of an order: a draft's {@code order} object and an order's content. {@code totals} is computed by the
 * server; {@code customerId} is the customer's id as the adapter that built the content read it from the client's
 * fields ({@code null} when the order names none; the core filters and guards reads by it); {@code extensions} holds
 * the fields the core carries without reading them.
 */
public record OrderContent(String orderId, String currency, Store store, List<Item> items, OrderTotals totals,
                           String customerId, Extensions extensions) {

    public OrderContent {
        items = Attributes.list(items);
        totals = totals == null ? OrderTotals.ZERO : totals;
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    /** Content that names no customer. */
    public OrderContent(String orderId, String currency, Store store, List<Item> items, OrderTotals totals,
                        Extensions extensions) {
        this(orderId, currency, store, items, totals, null, extensions);
    }

    public static OrderContent of(String currency, List<Item> items) {
        return new OrderContent(null, currency, null, items, null, null, Extensions.NONE);
    }

    public OrderContent withOrderId(String newOrderId) {
        return new OrderContent(newOrderId, currency, store, items, totals, customerId, extensions);
    }

    public OrderContent withStore(Store newStore) {
        return new OrderContent(orderId, currency, newStore, items, totals, customerId, extensions);
    }

    public OrderContent withItems(List<Item> newItems) {
        return new OrderContent(orderId, currency, store, newItems, totals, customerId, extensions);
    }

    public OrderContent withTotals(OrderTotals newTotals) {
        return new OrderContent(orderId, currency, store, items, newTotals, customerId, extensions);
    }

    /** This content with other extensions; the customer stays (the core never reads it from extensions). */
    public OrderContent withExtensions(Extensions newExtensions) {
        return new OrderContent(orderId, currency, store, items, totals, customerId, newExtensions);
    }

    public Optional<Item> item(int lineId) {
        return items.stream().filter(i -> i.lineId() == lineId).findFirst();
    }
}
