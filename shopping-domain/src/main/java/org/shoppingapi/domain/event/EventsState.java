package org.shoppingapi.domain.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the collection {@code state} of an event list (SPEC §3). */
public final class EventsState {

    private EventsState() {
    }

    /**
     * {@code failure} if any service event is error/failure; else {@code pending} if there is no service event
     * or the latest event of some service is pending; else {@code success}. Events are in the order they were added.
     */
    public static EventState of(List<? extends OrderEvent> events) {
        Map<String, EventState> latestByService = new LinkedHashMap<>();
        for (OrderEvent event : events) {
            if (event instanceof ServiceEvent s) {
                if (s.state() == EventState.ERROR || s.state() == EventState.FAILURE) {
                    return EventState.FAILURE;
                }
                latestByService.put(s.service(), s.state());
            }
        }
        if (latestByService.isEmpty() || latestByService.containsValue(EventState.PENDING)) {
            return EventState.PENDING;
        }
        return EventState.SUCCESS;
    }
}
