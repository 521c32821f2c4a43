package org.shoppingapi.ports.out.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.paging.PageCursor;

/** Where webhook subscriptions are kept. */
public interface SubscriptionStore {

    void insert(Subscription subscription);

    /**
     * The number of live subscriptions of the account, holding the account's subscription lock until the surrounding
     * transaction ends, so that concurrent creates count one after the other.
     */
    int lockAndCountLive(String accountId);

    /** The subscription with {@code id} in {@code accountId}, deleted or not; another account's is never found. */
    Optional<Subscription> find(String accountId, UUID id);

    /** Up to {@code limit} live subscriptions of the account, newest first ({@code created_at}, then id). */
    List<Subscription> list(String accountId, int limit, Optional<PageCursor> startingAfter);

    /** Saves the deletion ({@code deleted_at/by}) of a subscription. */
    void markDeleted(Subscription deleted);
}
