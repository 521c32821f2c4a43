package org.shoppingapi.rest.wire;

/** The part of a payment operation on one order line, in minor units. */
public record PaymentItemJson(Integer lineId, Long amount) {
}
