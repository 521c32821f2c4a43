package org.shoppingapi.domain.event;

import org.shoppingapi.domain.wire.WireNames;

/** State reported by a service event, also used for the collection-level {@code state}. */
public enum EventState {
    ERROR, FAILURE, SUCCESS, PENDING;

    public String wireName() {
        return WireNames.of(this);
    }

    public static EventState fromWire(String value) {
        return WireNames.parse(EventState.class, value, "state");
    }
}
