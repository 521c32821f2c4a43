package org.shoppingapi.domain.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.ACCOUNT;
import static org.shoppingapi.domain.Fixtures.T0;
import static org.shoppingapi.domain.Fixtures.completion;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.ctx;
import static org.shoppingapi.domain.Fixtures.item;
import static org.shoppingapi.domain.Fixtures.storeItem;
import static org.shoppingapi.domain.Fixtures.uuid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.RelatedItem;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.DraftNotOpenException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentRequest;
import org.shoppingapi.domain.pricing.Pricing;

/** SPEC §5: draft → orders. */
class CompletionPolicyTest {

    private static final DraftOptions NO_SPLIT = new DraftOptions(false, null, null, null, null);

    private static Draft draft(OrderContent content, DraftOptions options) {
        return Draft.create(uuid(1), ACCOUNT, content, options, ctx(0));
    }

    private static OrderContent threeStores() {
        return new OrderContent(null, "NOK", Store.of("main"), List.of(
                storeItem(1, 1000, "a", "25"), storeItem(2, 2000, null, "25"), storeItem(3, 3000, "b", "15"),
                storeItem(4, 4000, "a", "25")), null, Extensions.of(Map.of("customer", Map.of("customer_id", "c1"))));
    }

    private static Order existing(OrderStatus status) {
        ApiEvent creation = new ApiEvent(uuid(77), T0, "c", 0, null, new ChangeSource("/x", "POST"));
        Order o = Order.create(uuid(70), ACCOUNT, "EXIST-1", Pricing.price(content(item(1, 500, "25"))), creation);
        return switch (status) {
            case OPEN -> o;
            case CLOSED -> o.close(ctx(1)).orElseThrow().order();
            case CANCELLED -> o.cancel("r", ctx(1)).orElseThrow().order();
        };
    }

    @Test
    void splits_by_item_store_falling_back_to_the_order_store() {
        CompletionResult r = CompletionPolicy.complete(draft(threeStores(), null), Optional.empty(), completion());

        assertThat(r.draft().status()).isEqualTo(DraftStatus.COMPLETED);
        assertThat(r.draft().version()).isEqualTo(1);
        assertThat(r.updatedOrder()).isEmpty();
        List<Order> orders = r.createdOrders();
        assertThat(orders).extracting(o -> o.content().store().id()).containsExactly("a", "main", "b");
        assertThat(orders.get(0).content().items()).extracting(Item::lineId).containsExactly(1, 4);
        assertThat(orders.get(0).content().totals().grossAmount()).isEqualTo(5000);
        assertThat(Pricing.sum(orders.stream().map(o -> o.content().totals()).toList()))
                .isEqualTo(r.draft().order().totals());
        for (Order o : orders) {
            assertThat(o.orderId()).isEqualTo(o.id().toString());
            assertThat(o.content().orderId()).isEqualTo(o.orderId());
            assertThat(o.status()).isEqualTo(OrderStatus.OPEN);
            assertThat(o.accountId()).isEqualTo(ACCOUNT);
            assertThat(o.content().extensions().names()).contains("customer");
            ApiEvent event = (ApiEvent) o.events().get(0);
            assertThat(event.draftId()).isEqualTo(uuid(1));
            assertThat(event.version()).isZero();
        }
        assertThat(orders).extracting(Order::id).doesNotHaveDuplicates();
        assertThat(r.orders()).hasSize(3);
    }

    @Test
    void items_without_any_store_form_one_group() {
        CompletionResult r = CompletionPolicy.complete(
                draft(content(item(1, 10), storeItem(2, 20, "x"), item(3, 30)), null), Optional.empty(),
                completion());
        assertThat(r.createdOrders()).hasSize(2);
        assertThat(r.createdOrders().get(0).content().store()).isNull();
        assertThat(r.createdOrders().get(0).content().items()).extracting(Item::lineId).containsExactly(1, 3);
    }

    @Test
    void empty_draft_gives_one_empty_order() {
        CompletionResult r = CompletionPolicy.complete(draft(content(), null), Optional.empty(), completion());
        assertThat(r.createdOrders()).hasSize(1);
        assertThat(r.createdOrders().get(0).content().items()).isEmpty();
    }

    @Test
    void no_split_gives_one_order_with_a_custom_order_id() {
        CompletionResult r = CompletionPolicy.complete(draft(threeStores().withOrderId("MY-1"), NO_SPLIT),
                Optional.empty(), completion());
        assertThat(r.createdOrders()).singleElement().satisfies(o -> {
            assertThat(o.orderId()).isEqualTo("MY-1");
            assertThat(o.content().items()).hasSize(4);
            assertThat(o.content().store().id()).isEqualTo("main");
        });
    }

    @Test
    void custom_order_id_with_split_is_refused_when_written_and_when_a_draft_stored_before_completes() {
        assertThatThrownBy(() -> draft(threeStores().withOrderId("MY-1"), null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("order.order_id is only allowed with options.split_draft=false");
        Draft written = draft(threeStores().withOrderId("MY-1"), NO_SPLIT);
        Draft storedBefore = Draft.restore(written.id(), written.accountId(), written.status(), written.version(),
                written.order(), DraftOptions.DEFAULT, written.events(), written.audit());
        assertThatThrownBy(() -> CompletionPolicy.complete(storedBefore, Optional.empty(), completion()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("order.order_id is only allowed with options.split_draft=false");
    }

    @Test
    void generated_order_ids_are_used_per_order() {
        DraftOptions gen = new DraftOptions(true, null, null, DraftOptions.ALPHANUMERIC_9, null);
        CompletionResult r = CompletionPolicy.complete(draft(threeStores(), gen), Optional.empty(), completion());
        assertThat(r.createdOrders()).extracting(Order::orderId).containsExactly("A00000001", "A00000002",
                "A00000003");
    }

    @Test
    void appends_to_an_existing_order() {
        Item reversal = item(2, -500, "25").withRelatedItem(new RelatedItem(1, RelatedItem.REVERSED));
        Draft d = draft(content(reversal, item(3, 700, "25")), new DraftOptions(true, "EXIST-1", null, null, null));
        CompletionResult r = CompletionPolicy.complete(d, Optional.of(existing(OrderStatus.OPEN)), completion());
        assertThat(r.createdOrders()).isEmpty();
        Order o = r.updatedOrder().orElseThrow();
        assertThat(o.content().items()).extracting(Item::lineId).containsExactly(1, 2, 3);
        assertThat(o.content().totals().grossAmount()).isEqualTo(700);
        assertThat(o.version()).isEqualTo(1);
        ApiEvent last = (ApiEvent) o.events().get(o.events().size() - 1);
        assertThat(last.draftId()).isEqualTo(uuid(1));
        assertThat(last.version()).isEqualTo(1);
        assertThat(r.orders()).containsExactly(o);
    }

    @Test
    void append_refuses_duplicate_lines_unknown_related_lines_and_another_currency() {
        OrderContent bad = new OrderContent(null, "SEK", null, List.of(item(1, 5),
                item(4, -5).withRelatedItem(new RelatedItem(9, "reversed"))), null, null);
        Draft d = draft(bad, new DraftOptions(true, "EXIST-1", null, null, null));
        assertThatThrownBy(() -> CompletionPolicy.complete(d, Optional.of(existing(OrderStatus.OPEN)), completion()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.message()).containsExactly(
                                "order.currency must be NOK, the currency of order EXIST-1",
                                "order.items[0].line_id 1 is already a line of order EXIST-1",
                                "order.items[1].related_item.line_id 9 is not a line of order EXIST-1"));
    }

    @Test
    void target_must_exist_and_be_open() {
        Draft d = draft(content(item(5, 5)), new DraftOptions(true, "EXIST-1", null, null, null));
        assertThatThrownBy(() -> CompletionPolicy.complete(d, Optional.empty(), completion()))
                .hasMessage("options.order_id names no existing order: EXIST-1");
        assertThatThrownBy(() -> CompletionPolicy.complete(d, Optional.of(existing(OrderStatus.CLOSED)),
                completion()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_OPEN"));
    }

    @Test
    void replace_swaps_the_content_when_no_payment_was_recorded() {
        Draft d = draft(content(item(1, 900, "25"), item(2, 100, "25")),
                new DraftOptions(true, "EXIST-1", "order", null, null));
        Order target = existing(OrderStatus.OPEN);
        Order o = CompletionPolicy.complete(d, Optional.of(target), completion()).updatedOrder().orElseThrow();
        assertThat(o.id()).isEqualTo(target.id());
        assertThat(o.orderId()).isEqualTo("EXIST-1");
        assertThat(o.content().totals().grossAmount()).isEqualTo(1000);

        Order paid = target.recordPayment(uuid(3), PaymentKind.AUTHORIZATION,
                PaymentRequest.of(List.of(new PaymentItem(1, 500))), ctx(2)).order();
        assertThatThrownBy(() -> CompletionPolicy.complete(d, Optional.of(paid), completion()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("ORDER_HAS_PAYMENT_OPERATIONS"))
                .hasMessage("order EXIST-1 has payment operations and cannot be replaced");
    }

    @Test
    void only_an_open_draft_completes() {
        Draft deleted = draft(content(item(1, 5)), null).delete(ctx(1)).draft();
        assertThatThrownBy(() -> CompletionPolicy.complete(deleted, Optional.empty(), completion()))
                .isInstanceOf(DraftNotOpenException.class);
    }
}
