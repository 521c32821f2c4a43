package org.shoppingapi.domain.webhook;

import java.util.Optional;
import org.shoppingapi.domain.wire.WireNames;

/** The webhook event types a subscription can ask for (seed 004 "Webhooks"). */
public enum EventType {
    SHOPPING_DRAFT_ADD,
    SHOPPING_DRAFT_UPDATE,
    SHOPPING_DRAFT_COMPLETE,
    SHOPPING_ORDER_UPDATE,
    SHOPPING_ORDER_EVENT_ADD;

    /** All wire names, comma separated, for error messages. */
    public static final String WIRE_NAMES = WireNames.list(EventType.class);

    /** The name on the wire, e.g. {@code shopping_draft_add}. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** The type named {@code value} exactly (case-sensitive, as on the wire), if there is one. */
    public static Optional<EventType> fromWire(String value) {
        return WireNames.find(EventType.class, value);
    }
}
