package org.shoppingapi.ports.out.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.ports.paging.PageCursor;

/** The deliveries of a subscription as its log shows them. */
public interface DeliveryLog {

    Optional<Delivery> find(UUID subscriptionId, UUID deliveryId);

    /** Up to {@code limit} deliveries of the subscription, newest first ({@code created_at}, then id). */
    List<Delivery> list(UUID subscriptionId, int limit, Optional<PageCursor> startingAfter);

    /** Cancels every pending delivery of the subscription; one in flight may still reach the receiver. */
    void cancelPending(UUID subscriptionId);
}
