package org.shoppingapi.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.ACCOUNT;
import static org.shoppingapi.domain.Fixtures.T0;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.ctx;
import static org.shoppingapi.domain.Fixtures.item;
import static org.shoppingapi.domain.Fixtures.uuid;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.order.Order;

/** Event types, the events services record and the subscription record. */
class WebhookModelTest {

    @Test
    void each_event_knows_its_type_and_account() {
        Draft draft = Draft.create(uuid(1), ACCOUNT, content(item(1, 100, "25")), null, ctx(0));
        ApiEvent creation = ctx(1).apiEvent(0, draft.id());
        Order order = Order.create(uuid(2), "T87654321", "A1", draft.order(), creation);

        assertThat(new ShoppingEvent.DraftAdded(draft)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SHOPPING_DRAFT_ADD);
            assertThat(e.accountId()).isEqualTo(ACCOUNT);
        });
        assertThat(new ShoppingEvent.DraftUpdated(draft)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SHOPPING_DRAFT_UPDATE);
            assertThat(e.accountId()).isEqualTo(ACCOUNT);
        });
        assertThat(new ShoppingEvent.DraftCompleted(draft, List.of(order))).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SHOPPING_DRAFT_COMPLETE);
            assertThat(e.accountId()).isEqualTo(ACCOUNT);
            assertThat(e.orders()).containsExactly(order);
        });
        assertThat(new ShoppingEvent.OrderUpdated(order)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SHOPPING_ORDER_UPDATE);
            assertThat(e.accountId()).isEqualTo("T87654321");
        });
        assertThat(new ShoppingEvent.OrderEventAdded(order, creation)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SHOPPING_ORDER_EVENT_ADD);
            assertThat(e.accountId()).isEqualTo("T87654321");
        });
        assertThatThrownBy(() -> new ShoppingEvent.DraftAdded(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ShoppingEvent.DraftUpdated(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ShoppingEvent.DraftCompleted(null, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ShoppingEvent.OrderUpdated(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ShoppingEvent.OrderEventAdded(order, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ShoppingEvent.OrderEventAdded(null, creation))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_subscription_lists_its_events_in_declared_order_and_records_its_deletion() {
        Subscription s = new Subscription(uuid(3), ACCOUNT, "https://example.com/hook", null, "s3cret",
                Set.of(EventType.SHOPPING_ORDER_UPDATE, EventType.SHOPPING_DRAFT_ADD), Audit.created(T0, "c1"));
        assertThat(s.contentType()).isEqualTo(Subscription.JSON);
        assertThat(s.eventsInOrder()).containsExactly(EventType.SHOPPING_DRAFT_ADD, EventType.SHOPPING_ORDER_UPDATE);
        assertThat(s.isDeleted()).isFalse();

        Subscription deleted = s.delete(T0.plusSeconds(5), "c2");
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.audit().deletedBy()).isEqualTo("c2");
        assertThat(deleted.audit().deletedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(deleted.secret()).isEqualTo("s3cret");

        assertThatThrownBy(() -> new Subscription(uuid(3), ACCOUNT, "https://example.com", null, "s", Set.of(),
                Audit.created(T0, "c1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subscription(uuid(3), ACCOUNT, "https://example.com", null, "s", null,
                Audit.created(T0, "c1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_delivery_starts_without_attempts_and_needs_an_event_type() {
        Delivery delivery = new Delivery(uuid(9), uuid(3), uuid(4), EventType.SHOPPING_DRAFT_ADD,
                DeliveryStatus.PENDING, 0, null, null, null, T0, null, T0);
        assertThat(delivery.attempts()).isZero();
        assertThatThrownBy(() -> new Delivery(uuid(9), uuid(3), uuid(4), null, DeliveryStatus.PENDING, 0, null,
                null, null, T0, null, T0)).isInstanceOf(NullPointerException.class);
    }
}
