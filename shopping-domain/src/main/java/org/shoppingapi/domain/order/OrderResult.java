package org.shoppingapi.domain.order;

import org.shoppingapi.domain.event.OrderEvent;

/**
 * What one accepted change of an order did: the order after it and the one event the change appended to it, so a
 * caller stores {@link #order()} and announces {@link #event()} without comparing the order before and after.
 */
public sealed interface OrderResult permits OrderChanged, PaymentRecorded, SessionStarted {

    /** The order after the change, at the next version. */
    Order order();

    /** The event the change appended: an api-event, or the service event a client posted. */
    OrderEvent event();
}
