package org.shoppingapi.domain.common;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.ChangeSource;

/** Everything a change needs from outside the domain: the time, the acting client, where the change came from and the new event's id. */
public record ChangeContext(Instant now, String actor, ChangeSource source, UUID eventId) {

    public ChangeContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** The api-event recording a change that produced {@code version}. */
    public ApiEvent apiEvent(long version, UUID draftId) {
        return new ApiEvent(eventId, now, actor, version, draftId, source);
    }
}
