package org.shoppingapi.domain.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentStatus;

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
