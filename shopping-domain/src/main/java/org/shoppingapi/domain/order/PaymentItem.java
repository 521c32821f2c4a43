package org.shoppingapi.domain.order;

/** The part of a payment operation that concerns one order line, in minor units. */
public record PaymentItem(int lineId, long amount) {
}
