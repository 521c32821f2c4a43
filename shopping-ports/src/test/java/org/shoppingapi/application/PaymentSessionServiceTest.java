package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.error.CheckoutUnavailableException;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.domain.order.SessionRequest;
import org.shoppingapi.domain.order.SessionUrls;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.draft.CompleteDraftCommand;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.StartPaymentSessionCommand;
import org.shoppingapi.ports.out.CheckoutLine;
import org.shoppingapi.ports.out.CheckoutRequest;
import org.shoppingapi.ports.out.PaymentSessions;
import org.shoppingapi.ports.out.StartedSession;
import org.shoppingapi.ports.out.WebhookOutbox;

/**
 * Payment sessions (SPEC §5b) over the in-memory stores: the provider gets each requested line's amount with the VAT
 * inside it, the session is stored with the order's change, and a provider that fails or is missing leaves nothing.
 */
class PaymentSessionServiceTest {

    private static final String ACCOUNT = "T12345678";
    private static final Caller CALLER = new Caller(ACCOUNT, "client-1", new ChangeSource("/test", "POST"));

    private final InMemoryDraftStore drafts = new InMemoryDraftStore();
    private final InMemoryOrderStore orders = new InMemoryOrderStore();
    private final InMemoryPaymentSessionStore sessions = new InMemoryPaymentSessionStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(drafts, orders, sessions);
    private final List<CheckoutRequest> asked = new ArrayList<>();

    /** SPEC §4's worked example, completed into one order: chair net 27840 at 25 %, table net 20000 at 15 %. */
    private Order completedOrder() {
        ShoppingCore core = ShoppingCore.builder().drafts(drafts).orders(orders).transactions(transactions)
                .ids(UUID::randomUUID).clock(Clock.systemUTC()).orderIds(() -> "ORDER0001").withoutDiscounts()
                .withoutWebhooks().withoutStoredPayoutRules().build();
        Item chair = Item.of("chair", 1, "Chair", BigDecimal.ONE, 39800, List.of(TaxLine.of("25")))
                .withDiscountLines(List.of(new DiscountLine(11960, null, DiscountType.CUSTOMER, null, null, null)));
        Item table = Item.of("table", 2, "Table", BigDecimal.ONE, 20000, List.of(TaxLine.of("15")));
        UUID draft = core.drafts().create(new CreateDraftCommand(CALLER, OrderContent.of("NOK", List.of(chair, table)),
                null, false)).id();
        return core.completion().complete(new CompleteDraftCommand(CALLER, draft, null)).orders().get(0);
    }

    private PaymentSessionService service(PaymentSessions provider) {
        return new PaymentSessionService(orders, sessions, provider, transactions, UUID::randomUUID,
                Clock.systemUTC(), WebhookOutbox.NONE);
    }

    private PaymentSessions answering(String id) {
        return request -> {
            asked.add(request);
            return new StartedSession(id, "https://pay.example/" + id);
        };
    }

    private static StartPaymentSessionCommand both(Order order) {
        return new StartPaymentSessionCommand(CALLER, order.orderId(), new SessionRequest(
                List.of(new PaymentItem(1, 27840), new PaymentItem(2, 20000)), "profile-1",
                new SessionUrls("https://shop.example/return", null, null), Map.of()));
    }

    @Test
    void the_provider_gets_each_line_with_the_vat_inside_it_and_the_session_is_stored_with_the_order() {
        Order order = completedOrder();
        PaymentSession session = service(answering("s-1")).start(both(order));

        CheckoutRequest request = asked.get(0);
        assertThat(request.amount()).isEqualTo(47840);
        assertThat(request.currency()).isEqualTo("NOK");
        assertThat(request.lines()).extracting(CheckoutLine::lineId, CheckoutLine::amount, CheckoutLine::vatAmount)
                .containsExactly(tuple(1, 27840L, 5568L),
                        tuple(2, 20000L, 2609L));
        assertThat(session.id()).isEqualTo("s-1");
        assertThat(session.amount()).isEqualTo(47840);

        GetOrderQuery query = GetOrderQuery.of(ACCOUNT, order.orderId());
        assertThat(service(answering("unused")).list(query)).containsExactly(session);
        assertThat(service(answering("unused")).get(query, "s-1")).isEqualTo(session);
        assertThat(orders.find(ACCOUNT, order.orderId()).orElseThrow().version()).isEqualTo(order.version() + 1);
        assertThatThrownBy(() -> service(answering("unused")).get(query, "s-2"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_provider_that_fails_leaves_no_session_and_no_change_of_the_order() {
        Order order = completedOrder();
        PaymentSessions failing = request -> {
            throw new CheckoutUnavailableException("the checkout provider did not answer in time");
        };
        assertThatThrownBy(() -> service(failing).start(both(order))).isInstanceOf(CheckoutUnavailableException.class);

        assertThat(service(failing).list(GetOrderQuery.of(ACCOUNT, order.orderId()))).isEmpty();
        assertThat(orders.find(ACCOUNT, order.orderId()).orElseThrow().version()).isEqualTo(order.version());
    }

    @Test
    void without_a_provider_starting_is_refused_before_anything_is_asked_or_stored() {
        Order order = completedOrder();
        assertThatThrownBy(() -> service(PaymentSessions.NOT_CONFIGURED).start(both(order)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(PaymentSessionService.CHECKOUT_NOT_CONFIGURED));
        assertThat(service(answering("unused")).list(GetOrderQuery.of(ACCOUNT, order.orderId()))).isEmpty();
        assertThat(asked).isEmpty();
    }
}
