package org.shoppingapi.rest.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.webhook.CreateSubscriptionCommand;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;

/** Wire ↔ domain for subscriptions and deliveries; the secret has no way out. */
public final class SubscriptionMapper {

    /**
     * The command for a subscription request: event names are read here ({@code events[i]} names an unknown one),
     * every other rule is the command's; all problems are reported together, the command's first.
     */
    public CreateSubscriptionCommand toCommand(Caller caller, String url, String contentType, String secret,
                                               List<String> eventNames) {
        List<FieldError> unknown = new ArrayList<>();
        List<EventType> events = null;
        if (eventNames != null) {
            events = new ArrayList<>(eventNames.size());
            for (int i = 0; i < eventNames.size(); i++) {
                Optional<EventType> type = WireEnums.find(EventType.class, eventNames.get(i));
                if (type.isPresent()) {
                    events.add(type.get());
                } else {
                    unknown.add(FieldError.of("events[" + i + "]", WireEnums.mustBeOneOf(EventType.class)));
                }
            }
        }
        List<FieldError> errors = new ArrayList<>();
        try {
            CreateSubscriptionCommand command = CreateSubscriptionCommand.of(caller, url, contentType, secret, events);
            if (unknown.isEmpty()) {
                return command;
            }
        } catch (ValidationException invalid) {
            // With unknown names dropped the list may look empty to the command; the names were the problem.
            invalid.errors().stream().filter(e -> unknown.isEmpty() || !e.field().equals("events"))
                    .forEach(errors::add);
        }
        errors.addAll(unknown);
        throw new ValidationException(errors);
    }

    public SubscriptionJson toJson(Subscription s) {
        String self = self(s.accountId(), s.id().toString());
        return new SubscriptionJson(s.id().toString(), s.audit().createdAt(), s.audit().createdBy(),
                s.audit().updatedAt(), s.audit().deletedBy(), s.audit().deletedAt(),
                new SubscriptionJson.ConfigJson(s.url(), s.contentType()),
                s.eventsInOrder().stream().map(WireEnums::name).toList(),
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
                d.eventId() == null ? null : d.eventId().toString(), WireEnums.name(d.event()), WireEnums.name(d.status()),
                d.attempts(), d.lastResponseCode(), d.lastError(), d.lastAttemptAt(), d.nextAttemptAt(),
                d.deliveredAt(), d.createdAt(), List.of(new LinkJson(subscription, "subscription")));
    }

    private static String self(String accountId, String id) {
        return "/v1/accounts/" + accountId + "/hooks/subscriptions/" + id;
    }
}
