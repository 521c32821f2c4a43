package org.shoppingapi.domain.event;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.shoppingapi.domain.error.ValidationException;

/** State reported by a service event, also used for the collection-level {@code state}. */
public enum EventState {
    ERROR, FAILURE, SUCCESS, PENDING;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EventState fromWire(String value) {
        for (EventState s : values()) {
            if (s.wireName().equals(value)) {
                return s;
            }
        }
        throw ValidationException.of("state", "must be one of "
                + Arrays.stream(values()).map(EventState::wireName).collect(Collectors.joining(", ")));
    }
}
