package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.RetryPolicy;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.application.WebhookFakes.Deliveries;

/** The outcome of each attempt as the retry policy decides it. */
class WebhookDispatchServiceTest {

    private final Deliveries queue = new Deliveries();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final WebhookDispatchService service = new WebhookDispatchService(queue, delivery -> {
        Object next = answers.pop();
        if (next instanceof RuntimeException e) {
            throw e;
        }
        return (AttemptResult) next;
    }, new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(10)), Duration.ofSeconds(40), () -> 0.0);

    private static ClaimedDelivery attempt(int n) {
        return new ClaimedDelivery(new UUID(0, 1), UUID.randomUUID(), "T12345678", EventType.SHOPPING_DRAFT_ADD,
                "{}", "https://example.com", "s", n);
    }

    @Test
    void a_2xx_is_delivered() {
        answers.push(AttemptResult.answered(204));
        assertThat(service.attempt(attempt(1)).succeeded()).isTrue();
        assertThat(queue.outcomes).containsExactly("delivered 1 204");
    }

    @Test
    void server_errors_and_timeouts_are_retried_with_growing_waits_until_the_last_attempt() {
        answers.add(AttemptResult.answered(500));
        answers.add(AttemptResult.noAnswer("timed out after 10 ms"));
        answers.add(AttemptResult.answered(503));
        service.attempt(attempt(1));
        service.attempt(attempt(2));
        service.attempt(attempt(3));
        assertThat(queue.outcomes).containsExactly("retry 1 500 after 50", "retry 2 null after 100",
                "failed 3 503 HTTP 503");
    }

    @Test
    void a_4xx_is_final_but_408_and_429_are_retried() {
        answers.add(AttemptResult.answered(400));
        answers.add(AttemptResult.answered(429));
        answers.add(AttemptResult.answered(408));
        service.attempt(attempt(1));
        service.attempt(attempt(1));
        service.attempt(attempt(1));
        assertThat(queue.outcomes).containsExactly("failed 1 400 HTTP 400", "retry 1 429 after 50",
                "retry 1 408 after 50");
    }

    @Test
    void a_sender_that_throws_counts_as_a_failed_attempt() {
        answers.push(new IllegalStateException("bug"));
        AttemptResult result = service.attempt(attempt(1));
        assertThat(result.succeeded()).isFalse();
        assertThat(queue.outcomes).containsExactly("retry 1 null after 50");
    }

    @Test
    void claims_with_the_configured_lease() {
        queue.due.add(attempt(1));
        assertThat(service.claim(5)).hasSize(1);
        assertThat(queue.lastLease).isEqualTo(Duration.ofSeconds(40));
        assertThat(attempt(1).toString()).doesNotContain("secret").contains("shopping_draft_add");
    }
}
