package org.shoppingapi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;

/**
 * The text every enum column holds is pinned here, literally: rows written by earlier versions (and the schema's
 * CHECK constraints) use exactly these values, so a renamed constant must not change them.
 */
class ColumnValuesTest {

    @Test
    void stored_column_values_are_the_ones_rows_already_hold() {
        assertThat(stored(DraftStatus.values(), ColumnValues::of)).containsExactly("open", "completed", "deleted");
        assertThat(stored(OrderStatus.values(), ColumnValues::of)).containsExactly("open", "closed", "cancelled");
        assertThat(stored(PaymentStatus.values(), ColumnValues::of)).containsExactly(
                "pending", "partially_paid", "paid", "partially_refunded", "refunded");
        assertThat(stored(EventType.values(), ColumnValues::of)).containsExactly("shopping_draft_add",
                "shopping_draft_update", "shopping_draft_complete", "shopping_order_update",
                "shopping_order_event_add");
        assertThat(stored(DeliveryStatus.values(), ColumnValues::of)).containsExactly(
                "pending", "delivered", "failed", "cancelled");
        // V6__discount_rules.sql CHECKs these three lists.
        assertThat(stored(DiscountType.values(), ColumnValues::of)).containsExactly(
                "customer", "periodic", "manual", "loyalty", "total", "employee", "external");
        assertThat(stored(Reward.Type.values(), ColumnValues::of)).containsExactly("percentage", "amount");
        assertThat(stored(AppliesTo.Type.values(), ColumnValues::of)).containsExactly("items", "all_items", "total");
    }

    @Test
    void stored_values_read_back_to_their_constant_and_unknown_ones_are_refused() {
        for (DraftStatus s : DraftStatus.values()) {
            assertThat(ColumnValues.draftStatus(ColumnValues.of(s))).isEqualTo(s);
        }
        for (OrderStatus s : OrderStatus.values()) {
            assertThat(ColumnValues.orderStatus(ColumnValues.of(s))).isEqualTo(s);
        }
        for (EventType t : EventType.values()) {
            assertThat(ColumnValues.eventType(ColumnValues.of(t))).isEqualTo(t);
        }
        for (DeliveryStatus s : DeliveryStatus.values()) {
            assertThat(ColumnValues.deliveryStatus(ColumnValues.of(s))).isEqualTo(s);
        }
        for (DiscountType t : DiscountType.values()) {
            assertThat(ColumnValues.discountType(ColumnValues.of(t))).isEqualTo(t);
        }
        for (Reward.Type t : Reward.Type.values()) {
            assertThat(ColumnValues.rewardType(ColumnValues.of(t))).isEqualTo(t);
        }
        for (AppliesTo.Type t : AppliesTo.Type.values()) {
            assertThat(ColumnValues.appliesToType(ColumnValues.of(t))).isEqualTo(t);
        }
        assertThatThrownBy(() -> ColumnValues.orderStatus("OPEN")).isInstanceOf(IllegalStateException.class)
                .hasMessage("stored order status OPEN is unknown");
        assertThatThrownBy(() -> ColumnValues.eventType(null)).isInstanceOf(IllegalStateException.class);
    }

    private static <E> String[] stored(E[] constants, Function<E, String> name) {
        return Arrays.stream(constants).map(name).toArray(String[]::new);
    }
}
