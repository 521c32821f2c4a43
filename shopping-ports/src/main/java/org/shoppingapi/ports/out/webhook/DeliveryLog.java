package org.shoppingapi.ports.out.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.ports.paging.PageCursor;

/** The deliveries of a subscription (of an account: every look-up names both) as its log shows them. */
public interface DeliveryLog {

    Optional<Delivery> find(String accountId, UUID subscriptionId, UUID deliveryId);

    /** Up to {@code limit} deliveries of the subscription, newest first ({@code created_at}, then id). */
    List<Delivery> list(String accountId, UUID subscriptionId, int limit, Optional<PageCursor> startingAfter);

    /** Cancels every pending delivery of the subscription; one in flight may still reach the receiver. */
    void cancelPending(String accountId, UUID subscriptionId);
}
