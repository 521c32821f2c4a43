package org.shoppingapi.ports.in.webhook;

import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;

/** GET /hooks/subscriptions/{id}/deliveries: the subscription's delivery log, newest first. */
public interface ListDeliveriesUseCase {

    /** Up to {@code limit} (1..100) deliveries after {@code startingAfter}; the log of a deleted one stays readable. */
    Page<Delivery> deliveries(String accountId, UUID subscriptionId, int limit, Optional<PageCursor> startingAfter);
}
