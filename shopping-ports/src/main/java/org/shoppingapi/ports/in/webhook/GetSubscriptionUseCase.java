package org.shoppingapi.ports.in.webhook;

import java.util.UUID;
import org.shoppingapi.domain.webhook.Subscription;

/** GET /hooks/subscriptions/{id}: one live subscription of the account. */
public interface GetSubscriptionUseCase {

    /** The subscription, or {@code NotFoundException} when the account has no such (undeleted) subscription. */
    Subscription get(String accountId, UUID id);
}
