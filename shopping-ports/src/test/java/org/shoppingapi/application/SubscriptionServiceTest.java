package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.webhook.CreateSubscriptionCommand;
import org.shoppingapi.ports.out.contract.ContractFixtures;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.application.WebhookFakes.Deliveries;
import org.shoppingapi.application.WebhookFakes.FakeTransactions;
import org.shoppingapi.application.WebhookFakes.Subscriptions;

/** Subscriptions: created with audit fields, paged newest first, deleted with their pending deliveries. */
class SubscriptionServiceTest {

    private static final String ACCOUNT = "T12345678";
    private static final Caller CALLER = new Caller(ACCOUNT, "client-1", new ChangeSource("/hooks", "POST"));

    private final Subscriptions store = new Subscriptions();
    private final Deliveries deliveries = new Deliveries(store);
    private final FakeTransactions transactions = new FakeTransactions();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong seconds = new AtomicLong();
    private final SubscriptionService service = new SubscriptionService(store, deliveries, transactions,
            () -> new UUID(0, ids.incrementAndGet()),
            new Clock() {
                @Override
                public Instant instant() {
                    return Instant.parse("2026-03-01T10:00:00Z").plusSeconds(seconds.incrementAndGet());
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            }, url -> url.getHost().endsWith(".internal") ? Optional.of("must not point inward") : Optional.empty());

    private Subscription subscribe() {
        return service.create(CreateSubscriptionCommand.of(CALLER, "https://example.com/hook", null, "s3cret",
                List.of(EventType.SHOPPING_DRAFT_ADD)));
    }

    @Test
    void a_url_the_target_rules_refuse_is_a_validation_error_on_config_url_and_nothing_is_stored() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> service.create(
                CreateSubscriptionCommand.of(CALLER, "https://db.internal/hook", null, "s3cret",
                        List.of(EventType.SHOPPING_DRAFT_ADD))));
        assertThat(refused.errors().get(0).field()).isEqualTo("config.url");
        assertThat(store.rows).isEmpty();
    }

    @Test
    void an_account_has_at_most_fifty_live_subscriptions_and_a_deleted_one_frees_its_place() {
        for (int i = 0; i < SubscriptionService.MAX_LIVE_SUBSCRIPTIONS; i++) {
            subscribe();
        }
        ConflictException full = catchThrowableOfType(ConflictException.class, this::subscribe);
        assertThat(full.code()).isEqualTo("SUBSCRIPTION_LIMIT_REACHED");
        assertThat(store.rows).hasSize(SubscriptionService.MAX_LIVE_SUBSCRIPTIONS);
        service.delete(CALLER, store.rows.keySet().iterator().next());
        assertThat(subscribe()).isNotNull();
    }

    @Test
    void creates_with_audit_fields_and_reads_back() {
        Subscription created = subscribe();
        assertThat(created.audit().createdBy()).isEqualTo("client-1");
        assertThat(created.audit().createdAt()).isNotNull();
        assertThat(service.get(ACCOUNT, created.id())).isEqualTo(created);
        assertThatThrownBy(() -> service.get("T99999999", created.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get("bad", created.id())).isInstanceOf(ValidationException.class);
    }

    @Test
    void pages_newest_first_with_a_cursor_while_more_follow() {
        Subscription first = subscribe();
        Subscription second = subscribe();
        Subscription third = subscribe();

        Page<Subscription> page1 = service.list(ACCOUNT, 2, Optional.empty());
        assertThat(page1.items()).containsExactly(third, second);
        assertThat(page1.next()).contains(new PageCursor(second.audit().createdAt(), second.id()));

        Page<Subscription> page2 = service.list(ACCOUNT, 2, page1.next());
        assertThat(page2.items()).containsExactly(first);
        assertThat(page2.next()).isEmpty();
        assertThat(catchThrowableOfType(ValidationException.class, () -> service.list(ACCOUNT, 101, Optional.empty()))
                .errors().get(0).field()).isEqualTo("limit");
    }

    @Test
    void delete_marks_it_deleted_and_cancels_its_pending_deliveries_in_one_transaction() {
        Subscription s = subscribe();
        deliveries.draftAdded(ContractFixtures.draft(ACCOUNT, Deliveries.START));
        int before = transactions.started;
        Subscription deleted = service.delete(new Caller(ACCOUNT, "client-2", new ChangeSource("/x", "DELETE")), s.id());

        assertThat(deleted.audit().deletedBy()).isEqualTo("client-2");
        assertThat(deleted.audit().deletedAt()).isNotNull();
        assertThat(transactions.started - before).isEqualTo(1);
        assertThat(deliveries.list(ACCOUNT, s.id(), 10, Optional.empty())).extracting(Delivery::status)
                .containsExactly(DeliveryStatus.CANCELLED);
        assertThatThrownBy(() -> service.get(ACCOUNT, s.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.list(ACCOUNT, 10, Optional.empty()).items()).isEmpty();
        assertThatThrownBy(() -> service.delete(CALLER, s.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_delivery_log_pages_and_stays_readable_after_deletion() {
        Subscription s = subscribe();
        deliveries.draftAdded(ContractFixtures.draft(ACCOUNT, Deliveries.START));
        deliveries.elapse(Duration.ofSeconds(1));
        deliveries.draftAdded(ContractFixtures.draft(ACCOUNT, Deliveries.START));
        List<Delivery> newestFirst = deliveries.list(ACCOUNT, s.id(), 10, Optional.empty());
        UUID d1 = newestFirst.get(0).id();
        UUID d2 = newestFirst.get(1).id();
        Instant at = Deliveries.START;
        service.delete(CALLER, s.id());

        Page<Delivery> page = service.deliveries(ACCOUNT, s.id(), 1, Optional.empty());
        assertThat(page.items()).extracting(Delivery::id).containsExactly(d1);
        assertThat(page.next()).contains(new PageCursor(at.plusSeconds(1), d1));
        assertThat(service.deliveries(ACCOUNT, s.id(), 1, page.next()).items())
                .extracting(Delivery::id).containsExactly(d2);
        assertThatThrownBy(() -> service.deliveries("T99999999", s.id(), 1, Optional.empty()))
                .isInstanceOf(NotFoundException.class);
    }
}
