package org.shoppingapi.rest.wire;

import java.util.List;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;

/** Domain subscriptions and deliveries → wire records; the secret has no way out. */
public final class SubscriptionMapper {

    public SubscriptionJson toJson(Subscription s) {
        String self = self(s.accountId(), s.id().toString());
        return new SubscriptionJson(s.id().toString(), s.audit().createdAt(), s.audit().createdBy(),
                s.audit().updatedAt(), s.audit().deletedBy(), s.audit().deletedAt(),
                new SubscriptionJson.ConfigJson(s.url(), s.contentType()),
                s.eventsInOrder().stream().map(EventType::wireName).toList(),
                List.of(new LinkJson(self, "self"), new LinkJson(self + "/deliveries", "deliveries")));
    }

    public SubscriptionsJson toJson(Page<Subscription> page) {
        return new SubscriptionsJson(page.items().stream().map(this::toJson).toList(),
                page.next().map(PageCursor::token).orElse(null));
    }

    public DeliveriesJson toJson(String accountId, Page<Delivery> page) {
        return new DeliveriesJson(page.items().stream().map(d -> toJson(accountId, d)).toList(),
                page.next().map(PageCursor::token).orElse(null));
    }

    public DeliveryJson toJson(String accountId, Delivery d) {
        String subscription = self(accountId, d.subscriptionId().toString());
        return new DeliveryJson(d.id().toString(), d.subscriptionId().toString(),
                d.eventId() == null ? null : d.eventId().toString(), d.event().wireName(), d.status().wireName(),
                d.attempts(), d.lastResponseCode(), d.lastError(), d.lastAttemptAt(), d.nextAttemptAt(),
                d.deliveredAt(), d.createdAt(), List.of(new LinkJson(subscription, "subscription")));
    }

    private static String self(String accountId, String id) {
        return "/v1/accounts/" + accountId + "/hooks/subscriptions/" + id;
    }
}
