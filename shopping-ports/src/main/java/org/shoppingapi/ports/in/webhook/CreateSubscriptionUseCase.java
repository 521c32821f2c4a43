package org.shoppingapi.ports.in.webhook;

import org.shoppingapi.domain.webhook.Subscription;

/** POST /hooks/subscriptions: subscribes a URL of the caller's account to event types. */
public interface CreateSubscriptionUseCase {

    Subscription create(CreateSubscriptionCommand command);
}
