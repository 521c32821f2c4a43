package org.shoppingapi.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.webhook.CreateSubscriptionCommand;
import org.shoppingapi.ports.in.webhook.CreateSubscriptionUseCase;
import org.shoppingapi.ports.in.webhook.DeleteSubscriptionUseCase;
import org.shoppingapi.ports.in.webhook.GetSubscriptionUseCase;
import org.shoppingapi.ports.in.webhook.ListDeliveriesUseCase;
import org.shoppingapi.ports.in.webhook.ListSubscriptionsUseCase;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.webhook.DeliveryLog;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;
import org.shoppingapi.ports.out.webhook.WebhookTargets;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.ports.paging.PageLimit;

/** The webhook subscription use cases and the delivery log. */
public final class SubscriptionService implements CreateSubscriptionUseCase, GetSubscriptionUseCase,
        ListSubscriptionsUseCase, DeleteSubscriptionUseCase, ListDeliveriesUseCase {

    static final String RESOURCE = "subscription";
    /** SPEC §6: live subscriptions per account. */
    public static final int MAX_LIVE_SUBSCRIPTIONS = 50;
    static final String LIMIT_CODE = "SUBSCRIPTION_LIMIT_REACHED";

    private final SubscriptionStore subscriptions;
    private final DeliveryLog deliveries;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final WebhookTargets targets;

    public SubscriptionService(SubscriptionStore subscriptions, DeliveryLog deliveries, Transactions transactions,
                               Ids ids, Clock clock, WebhookTargets targets) {
        this.targets = targets;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Refuses a URL the target rules do not allow (400 on {@code config.url}, SPEC §6) and a subscription beyond
     * {@link #MAX_LIVE_SUBSCRIPTIONS} (409); the count and the insert share a transaction and the account's lock.
     */
    @Override
    public Subscription create(CreateSubscriptionCommand command) {
        Caller caller = command.caller();
        targets.refusal(command.url()).ifPresent(problem -> {
            throw new ValidationException(List.of(FieldError.of("config.url", problem)));
        });
        Subscription subscription = new Subscription(ids.newId(), caller.accountId(), command.url().toString(),
                command.contentType(), command.secret(), command.events(),
                Audit.created(clock.instant(), caller.clientId()));
        return transactions.inTransaction(() -> {
            if (subscriptions.lockAndCountLive(caller.accountId()) >= MAX_LIVE_SUBSCRIPTIONS) {
                throw new ConflictException(LIMIT_CODE, "account " + caller.accountId() + " already has "
                        + MAX_LIVE_SUBSCRIPTIONS + " subscriptions, the most it may have; delete one first");
            }
            subscriptions.insert(subscription);
            return subscription;
        });
    }

    @Override
    public Subscription get(String accountId, UUID id) {
        AccountId.require(accountId);
        return subscriptions.find(accountId, id).filter(s -> !s.isDeleted())
                .orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @Override
    public Page<Subscription> list(String accountId, int limit, Optional<PageCursor> startingAfter) {
        AccountId.require(accountId);
        int pageSize = PageLimit.of(limit);
        return Page.fromLookahead(subscriptions.list(accountId, pageSize + 1, startingAfter), pageSize,
                s -> new PageCursor(s.audit().createdAt(), s.id()));
    }

    @Override
    public Subscription delete(Caller caller, UUID id) {
        return transactions.inTransaction(() -> {
            Subscription deleted = get(caller.accountId(), id).delete(clock.instant(), caller.clientId());
            subscriptions.markDeleted(deleted);
            deliveries.cancelPending(caller.accountId(), id);
            return deleted;
        });
    }

    @Override
    public Page<Delivery> deliveries(String accountId, UUID subscriptionId, int limit,
                                     Optional<PageCursor> startingAfter) {
        // The log of a deleted subscription stays readable: it explains what happened to its deliveries.
        AccountId.require(accountId);
        subscriptions.find(accountId, subscriptionId).orElseThrow(() -> new NotFoundException(RESOURCE, subscriptionId));
        int pageSize = PageLimit.of(limit);
        return Page.fromLookahead(deliveries.list(accountId, subscriptionId, pageSize + 1, startingAfter), pageSize,
                d -> new PageCursor(d.createdAt(), d.id()));
    }
}
