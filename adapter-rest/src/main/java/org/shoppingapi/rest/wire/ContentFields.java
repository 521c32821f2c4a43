package org.shoppingapi.rest.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The wire fields of an order object and of an item that the core carries unread (as extensions): each is named
 * once here, with the wire record's accessor that reads it from a request and the JSON shape the record gives it.
 * Fields the core types (ids, amounts, lines, store) are not listed.
 */
public final class ContentFields {

    /** The JSON shape a wire record gives a field. */
    public enum Shape {
        TEXT, OBJECT, LIST, FLAG, ANY;

        /** Whether a non-null {@code value} has this shape. */
        public boolean admits(Object value) {
            return switch (this) {
                case TEXT -> value instanceof String;
                case OBJECT -> value instanceof Map<?, ?>;
                case LIST -> value instanceof List<?>;
                case FLAG -> value instanceof Boolean;
                case ANY -> true;
            };
        }
    }

    /** One pass-through field of the wire record {@code W}. */
    public record Field<W>(String name, Function<W, Object> read, Shape shape) {
    }

    /** The order object's pass-through fields, in the order the response shows them. */
    public static final List<Field<OrderJson>> ORDER = List.of(
            new Field<>("merchant_reference", OrderJson::merchantReference, Shape.TEXT),
            new Field<>("customer", OrderJson::customer, Shape.OBJECT),
            new Field<>("shipping_address", OrderJson::shippingAddress, Shape.OBJECT),
            new Field<>("billing_address", OrderJson::billingAddress, Shape.OBJECT),
            new Field<>("discounts", OrderJson::discounts, Shape.LIST),
            new Field<>("comment", OrderJson::comment, Shape.TEXT),
            new Field<>("salesperson_id", OrderJson::salespersonId, Shape.TEXT),
            new Field<>("salesperson_name", OrderJson::salespersonName, Shape.TEXT),
            new Field<>("delivery_at", OrderJson::deliveryAt, Shape.TEXT),
            new Field<>("courier_id", OrderJson::courierId, Shape.TEXT),
            new Field<>("pickup_at", OrderJson::pickupAt, Shape.TEXT),
            new Field<>("delivery_id", OrderJson::deliveryId, Shape.TEXT),
            new Field<>("pre_order", OrderJson::preOrder, Shape.FLAG),
            new Field<>("type", OrderJson::type, Shape.TEXT),
            new Field<>("external_ids", OrderJson::externalIds, Shape.ANY),
            new Field<>("external_links", OrderJson::externalLinks, Shape.ANY),
            new Field<>("itinerary", OrderJson::itinerary, Shape.ANY),
            new Field<>("attachments", OrderJson::attachments, Shape.ANY),
            new Field<>("metadata", OrderJson::metadata, Shape.OBJECT),
            new Field<>("payment_details", OrderJson::paymentDetails, Shape.OBJECT));

    /** An item's pass-through fields. */
    public static final List<Field<ItemJson>> ITEM = List.of(
            new Field<>("description_alias", ItemJson::descriptionAlias, Shape.TEXT),
            new Field<>("additions", ItemJson::additions, Shape.LIST),
            new Field<>("reversed_reason", ItemJson::reversedReason, Shape.TEXT),
            new Field<>("comment", ItemJson::comment, Shape.TEXT),
            new Field<>("metadata", ItemJson::metadata, Shape.OBJECT),
            new Field<>("salesperson_id", ItemJson::salespersonId, Shape.TEXT),
            new Field<>("salesperson_name", ItemJson::salespersonName, Shape.TEXT),
            new Field<>("external_id", ItemJson::externalId, Shape.TEXT),
            new Field<>("attachment", ItemJson::attachment, Shape.ANY));

    private ContentFields() {
    }

    /** The pass-through fields {@code wire} carries, by wire name, in list order; absent ones are left out. */
    public static <W> Map<String, Object> read(W wire, List<Field<W>> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<W> field : fields) {
            Object value = field.read().apply(wire);
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }

    /** The order object's pass-through field named {@code name}, if it is one. */
    public static Optional<Field<OrderJson>> orderField(String name) {
        return ORDER.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
