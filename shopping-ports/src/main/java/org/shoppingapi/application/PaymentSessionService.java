package org.shoppingapi.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.domain.order.SessionRequest;
import org.shoppingapi.domain.order.SessionStarted;
import org.shoppingapi.domain.pricing.TaxCalculator;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ReadPaymentSessionsUseCase;
import org.shoppingapi.ports.in.order.StartPaymentSessionCommand;
import org.shoppingapi.ports.in.order.StartPaymentSessionUseCase;
import org.shoppingapi.ports.out.CheckoutLine;
import org.shoppingapi.ports.out.CheckoutRequest;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.PaymentSessionStore;
import org.shoppingapi.ports.out.PaymentSessions;
import org.shoppingapi.ports.out.StartedSession;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/**
 * Payment sessions (SPEC §5b). The order's checks run first, then the provider is called with no transaction, lock or
 * connection held (it may take up to its timeout); only then, in one transaction on the locked order, the checks run
 * again and the session is stored with the order's api-event. A provider that fails leaves nothing behind.
 */
public final class PaymentSessionService implements StartPaymentSessionUseCase, ReadPaymentSessionsUseCase {

    public static final String CHECKOUT_NOT_CONFIGURED = "CHECKOUT_NOT_CONFIGURED";

    private final PaymentSessionStore sessions;
    private final PaymentSessions provider;
    private final Transactions transactions;
    private final OrderWrites writes;

    public PaymentSessionService(OrderStore orders, PaymentSessionStore sessions, PaymentSessions provider,
                                 Transactions transactions, Ids ids, Clock clock, WebhookOutbox outbox) {
        this.sessions = sessions;
        this.provider = provider;
        this.transactions = transactions;
        this.writes = new OrderWrites(orders, transactions, ids, clock, outbox);
    }

    @Override
    public PaymentSession start(StartPaymentSessionCommand command) {
        String account = command.caller().accountId();
        Order order = writes.find(GetOrderQuery.of(account, command.orderRef()));
        if (!provider.configured()) {
            throw new ConflictException(CHECKOUT_NOT_CONFIGURED,
                    "no checkout provider is configured, so no payment session can be started");
        }
        order.checkSession(command.request());
        StartedSession started = provider.start(checkoutRequest(order, command.request()));
        ChangeContext ctx = writes.context(command.caller());
        return transactions.inTransaction(() -> {
            SessionStarted result = writes.change(account, command.orderRef(),
                    current -> current.startSession(command.request(), started.id(), started.url(), ctx));
            sessions.insert(account, result.order().id(), result.session());
            return result.session();
        });
    }

    @Override
    public List<PaymentSession> list(GetOrderQuery query) {
        return sessions.list(query.accountId(), writes.find(query).id());
    }

    @Override
    public PaymentSession get(GetOrderQuery query, String sessionId) {
        Order order = writes.find(query);
        return sessions.find(query.accountId(), order.id(), sessionId)
                .orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    /** The lines as the provider needs them: item, amount, and the VAT inside that amount at the line's rates. */
    private static CheckoutRequest checkoutRequest(Order order, SessionRequest request) {
        List<CheckoutLine> lines = new ArrayList<>();
        long amount = 0;
        for (PaymentItem wanted : request.items()) {
            Item item = order.content().item(wanted.lineId()).orElseThrow();
            List<BigDecimal> rates = item.taxLines().stream().map(TaxLine::percentage).toList();
            BigDecimal vat = rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(new CheckoutLine(item.lineId(), item.id(), item.description(), item.quantity(), wanted.amount(),
                    TaxCalculator.totalTax(wanted.amount(), rates), vat));
            amount = Math.addExact(amount, wanted.amount());
        }
        return new CheckoutRequest(order.accountId(), order.orderId(), order.content().currency(), amount,
                request.profileId(), request.urls(), request.metadata(), lines);
    }
}
