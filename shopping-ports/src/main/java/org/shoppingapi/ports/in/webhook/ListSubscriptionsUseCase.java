package org.shoppingapi.ports.in.webhook;

import java.util.Optional;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;

/** GET /hooks/subscriptions: the account's live subscriptions, newest first, one page at a time. */
public interface ListSubscriptionsUseCase {

    /** Up to {@code limit} (1..100) subscriptions after {@code startingAfter}. */
    Page<Subscription> list(String accountId, int limit, Optional<PageCursor> startingAfter);
}
