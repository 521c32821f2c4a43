package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.ports.out.contract.ContractFixtures.T0;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.webhook.SubscriptionStore;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * What every {@link SubscriptionStore} does, run against each implementation: a subscription found only in its
 * account (deleted ones too), the live count, live ones listed newest first with paging across ties, a deletion that
 * saves only the deletion, and a failed transaction undone.
 */
public abstract class SubscriptionStoreContract {

    protected abstract SubscriptionStore subscriptions();

    protected abstract Transactions transactions();

    protected static Subscription subscription(String account, Instant at, EventType... events) {
        return new Subscription(UUID.randomUUID(), account, "https://hooks.example.com/" + UUID.randomUUID(), null,
                "s3cret", Set.of(events), Audit.created(at, "client-1"));
    }

    @Test
    public void a_subscription_reads_back_as_written_and_only_in_its_account() {
        String account = newAccount();
        Subscription s = subscription(account, T0, EventType.SHOPPING_DRAFT_ADD, EventType.SHOPPING_ORDER_EVENT_ADD);
        subscriptions().insert(s);

        assertThat(subscriptions().find(account, s.id())).contains(s);
        assertThat(subscriptions().find(account, s.id()).orElseThrow().eventsInOrder())
                .containsExactlyElementsOf(s.eventsInOrder());
        assertThat(subscriptions().find(newAccount(), s.id())).as("another account").isEmpty();
        assertThat(subscriptions().find(account, UUID.randomUUID())).isEmpty();
        assertThat(subscriptions().list(newAccount(), 10, Optional.empty())).isEmpty();
    }

    @Test
    public void a_deletion_saves_only_the_deletion_and_leaves_the_live_list_and_count() {
        String account = newAccount();
        Subscription kept = subscription(account, T0, EventType.SHOPPING_DRAFT_ADD);
        Subscription gone = subscription(account, T0.plusSeconds(1), EventType.SHOPPING_ORDER_UPDATE);
        subscriptions().insert(kept);
        subscriptions().insert(gone);
        subscriptions().insert(subscription(newAccount(), T0, EventType.SHOPPING_DRAFT_ADD));
        assertThat(transactions().inTransaction(() -> subscriptions().lockAndCountLive(account))).isEqualTo(2);

        Subscription deleted = gone.delete(T0.plusSeconds(5), "client-2");
        subscriptions().markDeleted(new Subscription(gone.id(), account, "https://elsewhere.example.com/", null,
                "another-secret", Set.of(EventType.SHOPPING_DRAFT_ADD), deleted.audit()));

        assertThat(subscriptions().find(account, gone.id())).as("still found, as deleted").contains(deleted);
        assertThat(subscriptions().list(account, 10, Optional.empty())).containsExactly(kept);
        assertThat(transactions().inTransaction(() -> subscriptions().lockAndCountLive(account))).isEqualTo(1);
        assertThat(transactions().inTransaction(() -> subscriptions().lockAndCountLive(newAccount()))).isZero();
    }

    @Test
    public void lists_live_ones_newest_first_with_paging_across_ties() {
        String account = newAccount();
        Subscription s1 = subscription(account, T0, EventType.SHOPPING_DRAFT_ADD);
        Subscription s2 = subscription(account, T0.plusSeconds(1), EventType.SHOPPING_DRAFT_ADD);
        Subscription s3 = subscription(account, T0.plusSeconds(1), EventType.SHOPPING_DRAFT_ADD); // tie with s2
        Subscription s4 = subscription(account, T0.plusSeconds(2), EventType.SHOPPING_DRAFT_ADD);
        for (Subscription s : List.of(s1, s2, s3, s4)) {
            subscriptions().insert(s);
        }
        // Ties in created_at go by id, descending, in the order PostgreSQL gives uuids (their hex text).
        List<Subscription> tie = List.of(s2, s3).stream()
                .sorted(Comparator.comparing((Subscription s) -> s.id().toString()).reversed()).toList();

        assertThat(subscriptions().list(account, 10, Optional.empty()))
                .containsExactly(s4, tie.get(0), tie.get(1), s1);
        List<Subscription> page1 = subscriptions().list(account, 2, Optional.empty());
        Subscription last = page1.get(1);
        assertThat(page1).containsExactly(s4, tie.get(0));
        assertThat(subscriptions().list(account, 2, Optional.of(new PageCursor(last.audit().createdAt(), last.id()))))
                .as("paging walks across the tie").containsExactly(tie.get(1), s1);
    }

    @Test
    public void writes_of_a_transaction_that_fails_are_all_undone() {
        String account = newAccount();
        Subscription kept = subscription(account, T0, EventType.SHOPPING_DRAFT_ADD);
        subscriptions().insert(kept);
        Subscription inserted = subscription(account, T0.plusSeconds(1), EventType.SHOPPING_DRAFT_ADD);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            subscriptions().insert(inserted);
            subscriptions().markDeleted(kept.delete(T0.plusSeconds(2), "client-1"));
            throw new IllegalStateException("the work fails after both writes");
        })).hasMessage("the work fails after both writes");

        assertThat(subscriptions().find(account, inserted.id())).as("insert undone").isEmpty();
        assertThat(subscriptions().find(account, kept.id())).as("deletion undone").contains(kept);
        assertThat(subscriptions().list(account, 10, Optional.empty())).containsExactly(kept);
    }
}
