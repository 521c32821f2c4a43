package org.shoppingapi.ports.in.order;

import java.util.List;
import org.shoppingapi.domain.order.PaymentSession;

/** GET /orders/{order_id}/sessions and /sessions/{session_id}: the sessions started for an order. */
public interface ReadPaymentSessionsUseCase {

    /** The order's sessions, oldest first; 404 when there is no such order. */
    List<PaymentSession> list(GetOrderQuery order);

    /** One session of the order; 404 when there is no such order or session. */
    PaymentSession get(GetOrderQuery order, String sessionId);
}
