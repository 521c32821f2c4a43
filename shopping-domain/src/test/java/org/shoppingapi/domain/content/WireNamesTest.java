package org.shoppingapi.domain.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;

/** Enums speak the API's lowercase wire values both ways and refuse others with a field message. */
class WireNamesTest {

    @Test
    void discount_types() {
        assertThat(Arrays.stream(DiscountType.values()).map(DiscountType::wireName))
                .containsExactly("customer", "periodic", "manual", "loyalty", "total", "employee", "external");
        for (DiscountType t : DiscountType.values()) {
            assertThat(DiscountType.fromWire(t.wireName())).isEqualTo(t);
        }
        assertThatThrownBy(() -> DiscountType.fromWire("MANUAL")).hasMessage(
                "discount_type must be one of customer, periodic, manual, loyalty, total, employee, external");
    }

    @Test
    void statuses() {
        for (DraftStatus s : DraftStatus.values()) {
            assertThat(DraftStatus.fromWire(s.wireName())).isEqualTo(s);
        }
        for (OrderStatus s : OrderStatus.values()) {
            assertThat(OrderStatus.fromWire(s.wireName())).isEqualTo(s);
        }
        for (PaymentStatus s : PaymentStatus.values()) {
            assertThat(PaymentStatus.fromWire(s.wireName())).isEqualTo(s);
        }
        assertThat(PaymentStatus.PARTIALLY_REFUNDED.wireName()).isEqualTo("partially_refunded");
        assertThat(PaymentKind.CAPTURE.wireName()).isEqualTo("capture");
        assertThat(PaymentKind.CANCELLATION.collection()).isEqualTo("cancellations");
        assertThatThrownBy(() -> DraftStatus.fromWire("x")).hasMessageStartingWith("status must be one of");
        assertThatThrownBy(() -> OrderStatus.fromWire("x")).hasMessageStartingWith("status must be one of");
        assertThatThrownBy(() -> PaymentStatus.fromWire("x")).hasMessageStartingWith("payment_status must be");
    }

    @Test
    void unknown_values_name_the_field_and_list_every_wire_name() {
        assertThatThrownBy(() -> DraftStatus.fromWire("OPEN"))
                .hasMessage("status must be one of open, completed, deleted");
        assertThatThrownBy(() -> OrderStatus.fromWire(null))
                .hasMessage("status must be one of open, closed, cancelled");
        assertThatThrownBy(() -> PaymentStatus.fromWire("paid "))
                .hasMessage("payment_status must be one of pending, partially_paid, paid, partially_refunded, refunded");
        assertThatThrownBy(() -> AppliesTo.Type.fromWire("item"))
                .hasMessage("applies_to.type must be one of items, all_items, total");
        assertThatThrownBy(() -> Reward.Type.fromWire("percent"))
                .hasMessage("reward.type must be one of percentage, amount");
        assertThatThrownBy(() -> EventState.fromWire("ok"))
                .hasMessage("state must be one of error, failure, success, pending");
        assertThat(EventType.fromWire("SHOPPING_DRAFT_ADD")).isEmpty();
        assertThat(EventType.fromWire("shopping_draft_add")).contains(EventType.SHOPPING_DRAFT_ADD);
        assertThat(EventType.WIRE_NAMES).isEqualTo("shopping_draft_add, shopping_draft_update, "
                + "shopping_draft_complete, shopping_order_update, shopping_order_event_add");
        assertThat(DeliveryStatus.fromWire("cancelled")).isEqualTo(DeliveryStatus.CANCELLED);
        assertThatThrownBy(() -> DeliveryStatus.fromWire("gone"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown delivery status gone");
    }

    @Test
    void records_copy_and_default_their_collections() {
        Item item = new Item("a", 1, null, null, 5, 0, null, null, null, true, null, null, null);
        assertThat(item.taxLines()).isEmpty();
        assertThat(item.discountLines()).isEmpty();
        assertThat(item.attributes()).isEmpty();
        java.util.Map<String, Object> attrs = new java.util.HashMap<>();
        attrs.put("comment", null);
        Item withNull = item.withAttributes(attrs);
        attrs.put("other", 1);
        assertThat(withNull.attributes()).containsOnlyKeys("comment");
        OrderContent c = new OrderContent(null, "NOK", null, null, null, null);
        assertThat(c.totals()).isEqualTo(OrderTotals.ZERO);
        assertThat(c.item(1)).isEmpty();
        assertThat(Store.of("s1").attributes()).isEmpty();
        assertThat(item.withRelatedItem(new RelatedItem(1, RelatedItem.REVERSED)).relatedItem().type())
                .isEqualTo("reversed");
        assertThat(item.withGrossAmount(9).grossAmount()).isEqualTo(9);
    }
}
