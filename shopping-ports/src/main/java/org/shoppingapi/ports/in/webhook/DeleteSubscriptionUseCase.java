package org.shoppingapi.ports.in.webhook;

import java.util.UUID;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.in.Caller;

/** DELETE /hooks/subscriptions/{id}: no further deliveries; the pending ones are cancelled. */
public interface DeleteSubscriptionUseCase {

    /** The subscription as deleted ({@code deleted_at/by} set). */
    Subscription delete(Caller caller, UUID id);
}
