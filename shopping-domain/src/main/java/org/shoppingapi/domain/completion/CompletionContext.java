package org.shoppingapi.domain.completion;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.payout.PayoutRule;

/**
 * What completing a draft needs from outside: the time, the acting client, where the change came from, a source of fresh UUIDs (for
 * order ids and events), the generator of {@code ALPHANUMERIC_9} order ids, and the account's live payout rules by
 * rule id (at least those {@link org.shoppingapi.domain.payout.resolution.PayoutResolver#storedRuleIdsNeeded} names).
 */
public record CompletionContext(Instant now, String actor, ChangeSource source, Supplier<UUID> ids,
                                Supplier<String> orderIdGenerator, Map<String, PayoutRule> livePayoutRules) {

    public CompletionContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(orderIdGenerator, "orderIdGenerator");
        livePayoutRules = livePayoutRules == null ? Map.of() : Map.copyOf(livePayoutRules);
    }

    /** A context for an account without stored payout rules. */
    public CompletionContext(Instant now, String actor, ChangeSource source, Supplier<UUID> ids,
                             Supplier<String> orderIdGenerator) {
        this(now, actor, source, ids, orderIdGenerator, Map.of());
    }

    /** A change context with a fresh event id. */
    ChangeContext change() {
        return new ChangeContext(now, actor, source, ids.get());
    }
}
