package org.shoppingapi.rest.wire;

import java.util.List;
import java.util.Map;

/** The order object of a draft (and the content of an order) on the wire; totals are computed by the server. */
public record OrderJson(
        String orderId,
        String merchantReference,
        String currency,
        Map<String, Object> store,
        Map<String, Object> customer,
        Map<String, Object> shippingAddress,
        Map<String, Object> billingAddress,
        List<ItemJson> items,
        Long grossAmount,
        Long netAmount,
        Long totalDiscount,
        Long totalManualDiscountAmount,
        List<Object> discounts,
        String comment,
        String salespersonId,
        String salespersonName,
        String deliveryAt,
        String courierId,
        String pickupAt,
        String deliveryId,
        Boolean preOrder,
        String type,
        Object externalIds,
        Object externalLinks,
        Object itinerary,
        Object attachments,
        Map<String, Object> metadata,
        Map<String, Object> paymentDetails) {

    /** The same order object with other payment details (an order shows those last sent, SPEC §2). */
    public OrderJson withPaymentDetails(Map<String, Object> details) {
        return new OrderJson(orderId, merchantReference, currency, store, customer, shippingAddress, billingAddress,
                items, grossAmount, netAmount, totalDiscount, totalManualDiscountAmount, discounts, comment,
                salespersonId, salespersonName, deliveryAt, courierId, pickupAt, deliveryId, preOrder, type,
                externalIds, externalLinks, itinerary, attachments, metadata, details);
    }
}
