package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.application.WebhookFakes.Deliveries;
import org.shoppingapi.application.WebhookFakes.Subscriptions;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.RetryPolicy;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.out.contract.ContractFixtures;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;

/**
 * The outcome of each attempt as the retry policy decides it, on the in-memory queue held to the stores' contract
 * (a delivery's state is read back from its log).
 */
class WebhookDispatchServiceTest {

    private static final String ACCOUNT = "T12345678";

    private final Subscriptions subscriptions = new Subscriptions();
    private final Deliveries queue = new Deliveries(subscriptions);
    private final Deque<Object> answers = new ArrayDeque<>();
    private final WebhookDispatchService service = new WebhookDispatchService(queue, delivery -> {
        Object next = answers.pop();
        if (next instanceof RuntimeException e) {
            throw e;
        }
        return (AttemptResult) next;
    }, new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(10)), Duration.ofSeconds(40), () -> 0.0);
    private final Subscription subscription = new Subscription(UUID.randomUUID(), ACCOUNT, "https://example.com/hook",
            null, "s3cret", Set.of(EventType.SHOPPING_DRAFT_ADD), Audit.created(Deliveries.START, "client-1"));

    WebhookDispatchServiceTest() {
        subscriptions.insert(subscription);
    }

    /** Records one event: one delivery to the subscription, due at once. */
    private void eventHappens() {
        queue.draftAdded(ContractFixtures.draft(ACCOUNT, Deliveries.START));
    }

    /** Claims the one due delivery, once its wait has passed, and attempts it. */
    private Delivery attemptNext(Object answer) {
        queue.elapse(Duration.ofMinutes(1));
        List<ClaimedDelivery> claimed = service.claim(5);
        assertThat(claimed).hasSize(1);
        answers.add(answer);
        service.attempt(claimed.get(0));
        return queue.find(ACCOUNT, subscription.id(), claimed.get(0).id()).orElseThrow();
    }

    private static Duration waitAfter(Delivery retrying) {
        assertThat(retrying.status()).isEqualTo(DeliveryStatus.PENDING);
        return Duration.between(retrying.lastAttemptAt(), retrying.nextAttemptAt());
    }

    @Test
    void a_2xx_is_delivered() {
        eventHappens();
        Delivery done = attemptNext(AttemptResult.answered(204));
        assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.lastResponseCode()).isEqualTo(204);
    }

    @Test
    void server_errors_and_timeouts_are_retried_with_growing_waits_until_the_last_attempt() {
        eventHappens();
        Delivery first = attemptNext(AttemptResult.answered(500));
        assertThat(waitAfter(first)).isEqualTo(Duration.ofMillis(50));
        Delivery second = attemptNext(AttemptResult.noAnswer("timed out after 10 ms"));
        assertThat(waitAfter(second)).isEqualTo(Duration.ofMillis(100));
        assertThat(second.lastError()).isEqualTo("timed out after 10 ms");
        Delivery third = attemptNext(AttemptResult.answered(503));
        assertThat(third.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).isEqualTo("HTTP 503");
        queue.elapse(Duration.ofHours(1));
        assertThat(service.claim(5)).isEmpty();
    }

    @Test
    void a_4xx_is_final_but_408_and_429_are_retried() {
        eventHappens();
        Delivery refused = attemptNext(AttemptResult.answered(400));
        assertThat(refused.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastError()).isEqualTo("HTTP 400");
        eventHappens();
        assertThat(waitAfter(attemptNext(AttemptResult.answered(429)))).isEqualTo(Duration.ofMillis(50));
        assertThat(waitAfter(attemptNext(AttemptResult.answered(408)))).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void a_sender_that_throws_counts_as_a_failed_attempt() {
        eventHappens();
        Delivery retrying = attemptNext(new IllegalStateException("bug"));
        assertThat(waitAfter(retrying)).isEqualTo(Duration.ofMillis(50));
        assertThat(retrying.lastResponseCode()).isNull();
        assertThat(retrying.lastError()).isEqualTo("IllegalStateException: bug");
    }

    @Test
    void claims_with_the_configured_lease() {
        eventHappens();
        ClaimedDelivery claimed = service.claim(5).get(0);
        Delivery leased = queue.find(ACCOUNT, subscription.id(), claimed.id()).orElseThrow();
        assertThat(Duration.between(leased.lastAttemptAt(), leased.nextAttemptAt())).isEqualTo(Duration.ofSeconds(40));
        queue.elapse(Duration.ofSeconds(39));
        assertThat(service.claim(5)).isEmpty();
        queue.elapse(Duration.ofSeconds(1));
        assertThat(service.claim(5)).extracting(ClaimedDelivery::attempt).containsExactly(2);
        assertThat(claimed.toString()).doesNotContain("s3cret").contains("shopping_draft_add");
    }
}
