package org.shoppingapi.domain.completion;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.event.RequestInfo;

/**
 * What completing a draft needs from outside: the time, the acting client, the request, a source of fresh UUIDs (for
 * order ids and events) and the generator of {@code ALPHANUMERIC_9} order ids.
 */
public record CompletionContext(Instant now, String actor, RequestInfo request, Supplier<UUID> ids,
                                Supplier<String> orderIdGenerator) {

    public CompletionContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(orderIdGenerator, "orderIdGenerator");
    }

    /** A change context with a fresh event id. */
    ChangeContext change() {
        return new ChangeContext(now, actor, request, ids.get());
    }
}
