package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderChanges;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentRequest;
import org.shoppingapi.domain.webhook.ShoppingEvent;
import org.shoppingapi.domain.error.VersionMismatchException;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.draft.AddDraftItemCommand;
import org.shoppingapi.ports.in.draft.CompleteDraftCommand;
import org.shoppingapi.ports.in.draft.CompleteDraftUseCase;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.in.draft.DeleteDraftCommand;
import org.shoppingapi.ports.in.draft.DraftCompletion;
import org.shoppingapi.ports.in.draft.EditDraftItems;
import org.shoppingapi.ports.in.draft.ManageDrafts;
import org.shoppingapi.ports.in.draft.RemoveDraftItemCommand;
import org.shoppingapi.ports.in.draft.UpdateDraftCommand;
import org.shoppingapi.ports.in.order.AddOrderEventCommand;
import org.shoppingapi.ports.in.order.CloseOrderCommand;
import org.shoppingapi.ports.in.order.ManageOrders;
import org.shoppingapi.ports.in.order.RecordOrderEvents;
import org.shoppingapi.ports.in.order.RecordPaymentCommand;
import org.shoppingapi.ports.in.order.RecordPayments;
import org.shoppingapi.ports.in.order.UpdateOrderCommand;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.application.WebhookFakes.FakeTransactions;
import org.shoppingapi.application.WebhookFakes.RecordingOutbox;

/**
 * Every accepted change records its webhook event inside its own transaction, after the store write; a refused
 * change records nothing. One test per service, each walking its use cases.
 */
class ServicesRecordWebhookEventsTest {

    private static final String ACCOUNT = "T12345678";
    private static final Caller CALLER = new Caller(ACCOUNT, "client-1", new ChangeSource("/test", "POST"));

    private final FakeTransactions transactions = new FakeTransactions();
    private final RecordingOutbox outbox = new RecordingOutbox(transactions);
    private final InMemoryDraftStore drafts = new InMemoryDraftStore();
    private final InMemoryOrderStore orders = new InMemoryOrderStore();
    private final Ids ids = UUID::randomUUID;
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger orderIds = new AtomicInteger();
    private final ShoppingCore core = ShoppingCore.builder().drafts(drafts).orders(orders).transactions(transactions)
            .ids(ids).clock(clock).orderIds(() -> "ORDER%04d".formatted(orderIds.incrementAndGet()))
            .withoutDiscounts().webhooks(outbox).withoutStoredPayoutRules().build();
    private final ManageDrafts draftService = core.drafts();
    private final EditDraftItems items = core.draftItems();
    private final CompleteDraftUseCase completion = core.completion();

    private static Item item(int lineId) {
        return Item.of("sku-" + lineId, lineId, "item", BigDecimal.ONE, 10000, List.of(TaxLine.of("25")));
    }

    private Draft create() {
        return draftService.create(new CreateDraftCommand(CALLER, OrderContent.of("NOK", List.of(item(1))), null,
                false));
    }

    private void assertAllRecordedInsideTransactions() {
        assertThat(outbox.insideTransaction).isNotEmpty().containsOnly(true);
    }

    @Test
    void draft_changes_record_added_then_updated_with_the_stored_draft() {
        Draft created = create();
        Draft updated = draftService.update(new UpdateDraftCommand(CALLER, created.id(),
                OrderContent.of("NOK", List.of(item(1), item(2))), null, null, false));
        Draft added = items.addItem(new AddDraftItemCommand(CALLER, created.id(), item(3), null, false));
        Draft removed = items.removeItem(new RemoveDraftItemCommand(CALLER, created.id(), 2, null, false));
        Draft deleted = draftService.delete(new DeleteDraftCommand(CALLER, created.id(), null));

        assertThat(outbox.events).containsExactly(new ShoppingEvent.DraftAdded(created),
                new ShoppingEvent.DraftUpdated(updated), new ShoppingEvent.DraftUpdated(added),
                new ShoppingEvent.DraftUpdated(removed), new ShoppingEvent.DraftUpdated(deleted));
        assertAllRecordedInsideTransactions();
    }

    @Test
    void a_refused_change_records_nothing() {
        Draft created = create();
        outbox.events.clear();
        assertThatThrownBy(() -> items.addItem(new AddDraftItemCommand(CALLER, created.id(), item(2), 7L, false)))
                .isInstanceOf(VersionMismatchException.class);
        assertThatThrownBy(() -> items.addItem(new AddDraftItemCommand(CALLER, created.id(), item(1), null, false)))
                .hasMessageContaining("line_id");
        assertThat(outbox.events).isEmpty();
    }

    @Test
    void an_event_without_service_fields_is_refused_before_the_order_is_looked_up() {
        RecordOrderEvents events = core.orderEvents();
        assertThatThrownBy(() -> events.add(new AddOrderEventCommand(CALLER, "no-such-order", null, " ", null,
                null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("service", "service_status"));
        assertThat(transactions.started).isZero();
        assertThat(outbox.events).isEmpty();
    }

    @Test
    void completion_records_the_completed_draft_with_its_orders() {
        Draft created = create();
        outbox.events.clear();
        DraftCompletion done = completion.complete(new CompleteDraftCommand(CALLER, created.id(), null));

        assertThat(outbox.events).containsExactly(new ShoppingEvent.DraftCompleted(done.draft(), done.orders()));
        assertThat(done.orders()).hasSize(1);
        assertAllRecordedInsideTransactions();
    }

    @Test
    void order_changes_record_updates_and_posted_events_record_event_added() {
        Draft created = create();
        Order order = completion.complete(new CompleteDraftCommand(CALLER, created.id(), null)).orders().get(0);
        outbox.events.clear();
        ManageOrders orderService = core.orders();
        RecordOrderEvents events = core.orderEvents();
        RecordPayments payments = core.payments();

        Order commented = orderService.update(new UpdateOrderCommand(CALLER, order.orderId(),
                OrderChanges.of(Extensions.of(Map.of("comment", "ring twice")))));
        ServiceEvent posted = events.add(new AddOrderEventCommand(CALLER, order.orderId(), EventState.PENDING,
                "picking", "started", null, Extensions.NONE));
        payments.record(new RecordPaymentCommand(CALLER, order.orderId(), PaymentKind.CAPTURE,
                PaymentRequest.of(List.of(new PaymentItem(1, 10000)))));
        Order closed = orderService.close(new CloseOrderCommand(CALLER, order.orderId()));
        orderService.close(new CloseOrderCommand(CALLER, order.orderId()));

        assertThat(outbox.events).hasSize(4);
        assertThat(outbox.events.get(0)).isEqualTo(new ShoppingEvent.OrderUpdated(commented));
        assertThat(outbox.events.get(1)).isInstanceOfSatisfying(ShoppingEvent.OrderEventAdded.class, e -> {
            assertThat(e.event()).isEqualTo(posted);
            assertThat(e.order().events()).contains(posted);
        });
        assertThat(outbox.events.get(2)).isInstanceOfSatisfying(ShoppingEvent.OrderUpdated.class,
                e -> assertThat(e.order().hasPaymentOperations()).isTrue());
        assertThat(outbox.events.get(3)).as("closing a closed order changes nothing and records nothing")
                .isEqualTo(new ShoppingEvent.OrderUpdated(closed));
        assertAllRecordedInsideTransactions();
    }
}
