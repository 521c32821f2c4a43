package org.shoppingapi.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.rest.outbound.webhook.WebhookRequest;

/** The API speaks every enum in lower case both ways and refuses other values with a message naming the field. */
class WireEnumsTest {

    @Test
    void every_enum_the_api_shows_has_its_lowercase_wire_names() {
        assertThat(names(DiscountType.values()))
                .containsExactly("customer", "periodic", "manual", "loyalty", "total", "employee", "external");
        assertThat(names(PaymentStatus.values()))
                .containsExactly("pending", "partially_paid", "paid", "partially_refunded", "refunded");
        assertThat(names(EventType.values())).containsExactly("shopping_draft_add", "shopping_draft_update",
                "shopping_draft_complete", "shopping_order_update", "shopping_order_event_add");
        assertThat(names(DeliveryStatus.values())).containsExactly("pending", "delivered", "failed", "cancelled");
        assertThat(names(AppliesTo.Type.values())).containsExactly("items", "all_items", "total");
        assertThat(names(Reward.Type.values())).containsExactly("percentage", "amount");
        assertThat(WireEnums.name(PaymentKind.CAPTURE)).isEqualTo("capture");
    }

    @Test
    void wire_names_read_back_case_sensitively() {
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(DraftStatus.class,
                OrderStatus.class, PaymentStatus.class, EventState.class, DiscountType.class, EventType.class,
                DeliveryStatus.class, AppliesTo.Type.class, Reward.Type.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(find(type, WireEnums.name(constant))).as(constant.name()).isSameAs(constant);
                assertThat(find(type, constant.name())).as(constant.name()).isNull();
            }
        }
        assertThat(WireEnums.find(EventType.class, null)).isEmpty();
    }

    @Test
    void unknown_values_name_the_field_and_list_every_wire_name() {
        assertThatThrownBy(() -> WireEnums.parse(DraftStatus.class, "OPEN", "status"))
                .isInstanceOf(ValidationException.class).hasMessage("status must be one of open, completed, deleted");
        assertThatThrownBy(() -> WireEnums.parse(OrderStatus.class, null, "status"))
                .hasMessage("status must be one of open, closed, cancelled");
        assertThatThrownBy(() -> WireEnums.parse(PaymentStatus.class, "paid ", "payment_status")).hasMessage(
                "payment_status must be one of pending, partially_paid, paid, partially_refunded, refunded");
        assertThatThrownBy(() -> WireEnums.parse(DiscountType.class, "MANUAL", "discount_type")).hasMessage(
                "discount_type must be one of customer, periodic, manual, loyalty, total, employee, external");
        assertThatThrownBy(() -> WireEnums.parse(EventState.class, "ok", "state"))
                .hasMessage("state must be one of error, failure, success, pending");
        assertThat(WireEnums.list(EventType.class)).isEqualTo("shopping_draft_add, shopping_draft_update, "
                + "shopping_draft_complete, shopping_order_update, shopping_order_event_add");
    }

    @Test
    void webhooks_name_event_types_as_the_api_does() {
        for (EventType type : EventType.values()) {
            assertThat(WebhookRequest.eventName(type)).isEqualTo(WireEnums.name(type));
        }
    }

    @Test
    void payment_kinds_have_their_collection_segments() {
        assertThat(Arrays.stream(PaymentKind.values()).map(PaymentCollections::of))
                .containsExactly("authorizations", "captures", "refunds", "cancellations");
        for (PaymentKind kind : PaymentKind.values()) {
            assertThat(PaymentCollections.kind(PaymentCollections.of(kind))).contains(kind);
        }
        assertThat(PaymentCollections.kind("capture")).isEmpty();
    }

    private static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(WireEnums::name).toArray(String[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> find(Class<? extends Enum<?>> type, String value) {
        return (Enum<?>) WireEnums.find((Class) type, value).orElse(null);
    }
}
