package org.shoppingapi.rest.wire;

import java.util.Optional;
import org.shoppingapi.domain.order.PaymentKind;

/** The URL segment (and order field) that lists each kind of payment operation, e.g. {@code captures}. */
public final class PaymentCollections {

    private PaymentCollections() {
    }

    public static String of(PaymentKind kind) {
        return switch (kind) {
            case AUTHORIZATION -> "authorizations";
            case CAPTURE -> "captures";
            case REFUND -> "refunds";
            case CANCELLATION -> "cancellations";
        };
    }

    /** The kind whose collection is {@code segment}, if any. */
    public static Optional<PaymentKind> kind(String segment) {
        for (PaymentKind kind : PaymentKind.values()) {
            if (of(kind).equals(segment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
