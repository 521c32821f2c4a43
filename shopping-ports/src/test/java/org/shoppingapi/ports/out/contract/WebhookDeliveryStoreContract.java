package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.ports.out.contract.ContractFixtures.T0;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.ports.out.webhook.DeliveryLog;
import org.shoppingapi.ports.out.webhook.DeliveryQueue;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;
import org.shoppingapi.ports.out.webhook.WebhookPayloads;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * What the {@link WebhookOutbox}, the {@link DeliveryQueue} and the {@link DeliveryLog} do together, run against each
 * implementation: the outbox fans an event out to the live subscriptions of its account that asked for its type, and
 * only when the transaction commits; a claim carries what the attempt needs and leases the delivery; the oldest due
 * delivery goes first, fairly across accounts and within each account's share of {@link #PER_ACCOUNT} in flight; a
 * retry waits its delay; delivered, failed and cancelled are final; a lapsed lease hands the delivery on and fences the
 * stale outcome; the log lists a subscription's deliveries newest first, only within its account.
 * <p>
 * Claims span accounts, so each test needs an empty queue: an implementation that shares its tables between tests
 * empties them before each. Time is the implementation's own; {@link #elapse} moves it on.
 */
public abstract class WebhookDeliveryStoreContract {

    /** Each account's most deliveries in flight: every implementation under test is built with this share. */
    protected static final int PER_ACCOUNT = 2;

    private static final Duration LEASE = Duration.ofMinutes(1);

    /** How many events were rendered: the outbox under test renders with {@link #payloads}. */
    protected final AtomicInteger renders = new AtomicInteger();

    /** Renders an event as its type and account, so a claim shows whose payload it carries. */
    protected final WebhookPayloads payloads = event -> {
        renders.incrementAndGet();
        return "{\"type\":\"" + event.type().name() + "\",\"account\":\"" + event.accountId() + "\"}";
    };

    /** The request id the outbox under test reads when it records an event (null: no request). */
    protected final AtomicReference<String> requestId = new AtomicReference<>();

    protected abstract SubscriptionStore subscriptions();

    protected abstract WebhookOutbox outbox();

    protected abstract DeliveryQueue queue();

    protected abstract DeliveryLog log();

    protected abstract Transactions transactions();

    /** Lets {@code time} pass for the implementation: what is due, and when leases end, move that much closer. */
    protected abstract void elapse(Duration time);

    private Subscription subscribe(String account, EventType... events) {
        Subscription s = new Subscription(UUID.randomUUID(), account, "https://hooks.example.com/" + UUID.randomUUID(),
                null, "secret-" + UUID.randomUUID(), Set.of(events), Audit.created(T0, "client-1"));
        subscriptions().insert(s);
        return s;
    }

    private void draftAdded(String account) {
        transactions().inTransaction(() -> {
            outbox().draftAdded(ContractFixtures.draft(account, T0));
            return null;
        });
    }

    private List<ClaimedDelivery> claim(int max) {
        return queue().claimDue(max, LEASE);
    }

    private ClaimedDelivery claimOne() {
        List<ClaimedDelivery> claimed = claim(10);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private List<Delivery> logOf(String account, Subscription s) {
        return log().list(account, s.id(), 100, Optional.empty());
    }

    private Delivery logged(ClaimedDelivery claimed, Subscription s) {
        return log().find(claimed.accountId(), s.id(), claimed.id()).orElseThrow();
    }

    private static Optional<PageCursor> after(Delivery d) {
        return Optional.of(new PageCursor(d.createdAt(), d.id()));
    }

    @Test
    public void the_outbox_fans_out_to_each_live_subscription_of_the_account_that_asked_for_the_type() {
        String account = newAccount();
        String other = newAccount();
        Subscription drafts = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        Subscription both = subscribe(account, EventType.SHOPPING_DRAFT_ADD, EventType.SHOPPING_ORDER_UPDATE);
        Subscription orders = subscribe(account, EventType.SHOPPING_ORDER_UPDATE);
        Subscription elsewhere = subscribe(other, EventType.SHOPPING_DRAFT_ADD);
        Subscription gone = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        subscriptions().markDeleted(gone.delete(T0.plusSeconds(1), "client-1"));

        draftAdded(account);

        assertThat(renders).as("rendered once for all its deliveries").hasValue(1);
        Delivery toDrafts = logOf(account, drafts).get(0);
        assertThat(logOf(account, drafts)).hasSize(1);
        assertThat(logOf(account, both)).singleElement().extracting(Delivery::eventId).isEqualTo(toDrafts.eventId());
        assertThat(toDrafts.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(toDrafts.event()).isEqualTo(EventType.SHOPPING_DRAFT_ADD);
        assertThat(toDrafts.attempts()).isZero();
        assertThat(toDrafts.lastAttemptAt()).isNull();
        assertThat(toDrafts.nextAttemptAt()).as("due at once").isNotNull();
        assertThat(logOf(account, orders)).isEmpty();
        assertThat(logOf(account, gone)).isEmpty();
        assertThat(logOf(other, elsewhere)).isEmpty();
        assertThat(claim(10)).extracting(ClaimedDelivery::url).containsExactlyInAnyOrder(drafts.url(), both.url());
    }

    @Test
    public void without_a_live_subscription_asking_for_the_type_nothing_is_rendered_or_queued() {
        String account = newAccount();
        subscribe(account, EventType.SHOPPING_ORDER_UPDATE);
        subscribe(newAccount(), EventType.SHOPPING_DRAFT_ADD);
        Subscription gone = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        subscriptions().markDeleted(gone.delete(T0.plusSeconds(1), "client-1"));

        draftAdded(account);

        assertThat(renders).hasValue(0);
        assertThat(claim(10)).isEmpty();
        assertThat(logOf(account, gone)).isEmpty();
    }

    @Test
    public void a_rolled_back_transaction_leaves_no_delivery_and_undoes_a_cancellation() {
        String account = newAccount();
        Subscription s = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            outbox().draftAdded(ContractFixtures.draft(account, T0));
            throw new IllegalStateException("the change fails after the outbox write");
        })).hasMessage("the change fails after the outbox write");
        assertThat(logOf(account, s)).isEmpty();
        assertThat(claim(10)).isEmpty();

        draftAdded(account);
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            log().cancelPending(account, s.id());
            throw new IllegalStateException("the deletion fails after the cancellation");
        })).hasMessage("the deletion fails after the cancellation");
        assertThat(logOf(account, s)).extracting(Delivery::status).containsExactly(DeliveryStatus.PENDING);
        assertThat(claim(10)).hasSize(1);
    }

    @Test
    public void a_claim_carries_what_the_attempt_needs_and_leases_the_delivery() {
        String account = newAccount();
        Subscription s = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        requestId.set("req-42");
        draftAdded(account);
        requestId.set(null);

        ClaimedDelivery claimed = claimOne();
        assertThat(claimed.id()).isEqualTo(logOf(account, s).get(0).id());
        assertThat(claimed.accountId()).isEqualTo(account);
        assertThat(claimed.event()).isEqualTo(EventType.SHOPPING_DRAFT_ADD);
        assertThat(claimed.payload()).isEqualTo("{\"type\":\"SHOPPING_DRAFT_ADD\",\"account\":\"" + account + "\"}");
        assertThat(claimed.url()).isEqualTo(s.url());
        assertThat(claimed.secret()).isEqualTo(s.secret());
        assertThat(claimed.attempt()).isEqualTo(1);
        assertThat(claimed.correlationId()).isEqualTo("req-42");

        assertThat(claim(10)).as("leased to its claimer").isEmpty();
        Delivery inFlight = logged(claimed, s);
        assertThat(inFlight.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(inFlight.attempts()).isEqualTo(1);
        assertThat(inFlight.lastAttemptAt()).isNotNull();
        assertThat(inFlight.nextAttemptAt()).as("the lease's end").isEqualTo(inFlight.lastAttemptAt().plus(LEASE));
    }

    @Test
    public void a_retry_waits_its_delay_counts_the_next_attempt_and_a_delivery_is_final() {
        String account = newAccount();
        Subscription s = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        draftAdded(account);
        ClaimedDelivery first = claimOne();

        queue().retryLater(first, AttemptResult.answered(500), Duration.ofMinutes(10));
        Delivery retrying = logged(first, s);
        assertThat(retrying.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.lastResponseCode()).isEqualTo(500);
        assertThat(retrying.lastError()).isEqualTo("HTTP 500");
        assertThat(retrying.nextAttemptAt()).isAfterOrEqualTo(retrying.lastAttemptAt().plus(Duration.ofMinutes(10)));
        assertThat(claim(10)).isEmpty();
        elapse(Duration.ofMinutes(9));
        assertThat(claim(10)).as("not due before its delay").isEmpty();
        elapse(Duration.ofMinutes(2));

        ClaimedDelivery second = claimOne();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.claim()).isNotEqualTo(first.claim());
        queue().delivered(second, AttemptResult.answered(204));
        Delivery done = logged(second, s);
        assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.lastResponseCode()).isEqualTo(204);
        assertThat(done.lastError()).isNull();
        assertThat(done.deliveredAt()).isNotNull();
        assertThat(done.nextAttemptAt()).isNull();
        elapse(Duration.ofHours(1));
        assertThat(claim(10)).isEmpty();
    }

    @Test
    public void an_unanswered_attempt_keeps_its_reason_and_a_failure_is_final() {
        String account = newAccount();
        Subscription s = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        draftAdded(account);
        ClaimedDelivery first = claimOne();
        queue().retryLater(first, AttemptResult.noAnswer("timed out after 10 ms"), Duration.ZERO);
        Delivery waiting = logged(first, s);
        assertThat(waiting.lastResponseCode()).isNull();
        assertThat(waiting.lastError()).isEqualTo("timed out after 10 ms");

        ClaimedDelivery second = claimOne();
        queue().failed(second, AttemptResult.answered(400));
        Delivery failed = logged(second, s);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastResponseCode()).isEqualTo(400);
        assertThat(failed.lastError()).isEqualTo("HTTP 400");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.deliveredAt()).isNull();
        elapse(Duration.ofHours(1));
        assertThat(claim(10)).isEmpty();
    }

    @Test
    public void a_lapsed_lease_hands_the_delivery_to_the_next_claimer_and_fences_the_stale_outcome() {
        String account = newAccount();
        Subscription s = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        draftAdded(account);
        ClaimedDelivery crashed = claimOne();
        elapse(LEASE.dividedBy(2));
        assertThat(claim(10)).as("the lease still runs").isEmpty();
        elapse(LEASE.dividedBy(2).plusSeconds(1));

        ClaimedDelivery again = claimOne();
        assertThat(again.id()).isEqualTo(crashed.id());
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(again.claim()).isNotEqualTo(crashed.claim());

        queue().failed(crashed, AttemptResult.answered(400));
        queue().retryLater(crashed, AttemptResult.answered(500), Duration.ZERO);
        Delivery stillLeased = logged(again, s);
        assertThat(stillLeased.status()).as("the stale claim's outcomes are ignored").isEqualTo(DeliveryStatus.PENDING);
        assertThat(stillLeased.lastResponseCode()).isNull();
        assertThat(claim(10)).as("still leased to the new claimer").isEmpty();
        queue().delivered(again, AttemptResult.answered(200));
        assertThat(logged(again, s).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    public void claims_take_an_accounts_oldest_due_first_and_never_more_than_its_share() {
        String account = newAccount();
        Subscription s = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        for (int i = 0; i < 3; i++) {
            draftAdded(account);
            elapse(Duration.ofSeconds(1));
        }
        List<Delivery> oldestFirst = new ArrayList<>(logOf(account, s));
        java.util.Collections.reverse(oldestFirst);

        ClaimedDelivery oldest = claim(1).get(0);
        assertThat(oldest.id()).isEqualTo(oldestFirst.get(0).id());
        queue().retryLater(oldest, AttemptResult.answered(503), Duration.ZERO);
        ClaimedDelivery second = claim(1).get(0);
        assertThat(second.id()).as("the retry is due after the others").isEqualTo(oldestFirst.get(1).id());
        assertThat(claim(10)).extracting(ClaimedDelivery::id).containsExactly(oldestFirst.get(2).id());
        assertThat(claim(10)).as("its share is in flight, though the retry is due").isEmpty();

        queue().delivered(second, AttemptResult.answered(200));
        ClaimedDelivery retried = claimOne();
        assertThat(retried.id()).isEqualTo(oldest.id());
        assertThat(retried.attempt()).isEqualTo(2);
    }

    @Test
    public void claims_are_fair_across_accounts_so_one_accounts_backlog_never_holds_back_another() {
        String busy = newAccount();
        String quiet = newAccount();
        for (int i = 0; i < 6; i++) {
            subscribe(busy, EventType.SHOPPING_DRAFT_ADD);
        }
        subscribe(quiet, EventType.SHOPPING_DRAFT_ADD);
        draftAdded(busy);
        elapse(Duration.ofSeconds(1));
        draftAdded(quiet);

        // Six older ones of one account and one of the other: each account's first turn comes before anyone's second.
        assertThat(claim(2)).extracting(ClaimedDelivery::accountId).containsExactlyInAnyOrder(busy, quiet);
        List<ClaimedDelivery> more = claim(10);
        assertThat(more).extracting(ClaimedDelivery::accountId).containsExactly(busy);
        assertThat(claim(10)).as("the busy account's share is in flight").isEmpty();

        draftAdded(quiet);
        assertThat(claim(10)).extracting(ClaimedDelivery::accountId).containsExactly(quiet);
        queue().delivered(more.get(0), AttemptResult.answered(200));
        assertThat(claim(10)).as("one slot back").extracting(ClaimedDelivery::accountId).containsExactly(busy);
    }

    @Test
    public void cancelling_takes_only_that_subscriptions_pending_deliveries_of_its_account_off_the_queue() {
        String account = newAccount();
        Subscription s = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        Subscription kept = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        draftAdded(account);
        claim(10).forEach(c -> queue().delivered(c, AttemptResult.answered(200)));
        elapse(Duration.ofSeconds(1));
        draftAdded(account);
        elapse(Duration.ofSeconds(1));
        draftAdded(account);
        List<ClaimedDelivery> inFlight = claim(10);
        assertThat(inFlight).as("the older event's two").extracting(ClaimedDelivery::url)
                .containsExactlyInAnyOrder(s.url(), kept.url());

        log().cancelPending(newAccount(), s.id());
        assertThat(logOf(account, s)).as("another account cancels nothing").extracting(Delivery::status)
                .containsExactly(DeliveryStatus.PENDING, DeliveryStatus.PENDING, DeliveryStatus.DELIVERED);
        transactions().inTransaction(() -> {
            log().cancelPending(account, s.id());
            return null;
        });
        List<Delivery> cancelled = logOf(account, s);
        assertThat(cancelled).extracting(Delivery::status).containsExactly(DeliveryStatus.CANCELLED,
                DeliveryStatus.CANCELLED, DeliveryStatus.DELIVERED);
        assertThat(cancelled.get(0).nextAttemptAt()).isNull();

        inFlight.forEach(c -> queue().delivered(c, AttemptResult.answered(200)));
        assertThat(logOf(account, s)).as("an attempt in flight does not revive a cancelled delivery")
                .extracting(Delivery::status).containsExactly(DeliveryStatus.CANCELLED, DeliveryStatus.CANCELLED,
                        DeliveryStatus.DELIVERED);
        assertThat(logOf(account, kept)).extracting(Delivery::status).containsExactly(DeliveryStatus.PENDING,
                DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED);
        assertThat(claim(10)).extracting(ClaimedDelivery::url).containsExactly(kept.url());
    }

    @Test
    public void the_log_lists_newest_first_pages_across_ties_and_stays_within_its_account_and_subscription() {
        String account = newAccount();
        Subscription s = subscribe(account, EventType.SHOPPING_DRAFT_ADD);
        Subscription sibling = subscribe(account, EventType.SHOPPING_ORDER_UPDATE);
        transactions().inTransaction(() -> {
            outbox().draftAdded(ContractFixtures.draft(account, T0));
            outbox().draftAdded(ContractFixtures.draft(account, T0));
            return null;
        });
        elapse(Duration.ofSeconds(1));
        draftAdded(account);

        List<Delivery> all = logOf(account, s);
        assertThat(all).hasSize(3);
        assertThat(all.get(0).createdAt()).isAfter(all.get(1).createdAt());
        assertThat(all.get(1).createdAt()).as("one transaction's events tie").isEqualTo(all.get(2).createdAt());
        assertThat(all.get(1).id().toString().compareTo(all.get(2).id().toString()))
                .as("ties newest first by id, as PostgreSQL orders uuids").isPositive();
        assertThat(log().list(account, s.id(), 2, Optional.empty())).containsExactly(all.get(0), all.get(1));
        assertThat(log().list(account, s.id(), 2, after(all.get(1)))).containsExactly(all.get(2));
        assertThat(log().list(account, s.id(), 10, after(all.get(2)))).isEmpty();

        assertThat(log().find(account, s.id(), all.get(0).id())).contains(all.get(0));
        assertThat(log().find(account, sibling.id(), all.get(0).id())).as("another subscription").isEmpty();
        assertThat(log().find(newAccount(), s.id(), all.get(0).id())).as("another account").isEmpty();
        assertThat(log().list(newAccount(), s.id(), 10, Optional.empty())).isEmpty();
        assertThat(logOf(account, sibling)).isEmpty();
    }
}
