package org.shoppingapi.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which failures are retried, how often, and how long the waits between attempts are. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(4), Duration.ofSeconds(20));

    @Test
    void client_errors_are_final_except_408_and_429() {
        assertThat(RetryPolicy.retryable(400)).isFalse();
        assertThat(RetryPolicy.retryable(401)).isFalse();
        assertThat(RetryPolicy.retryable(404)).isFalse();
        assertThat(RetryPolicy.retryable(410)).isFalse();
        assertThat(RetryPolicy.retryable(499)).isFalse();
        assertThat(RetryPolicy.retryable(408)).isTrue();
        assertThat(RetryPolicy.retryable(429)).isTrue();
    }

    @Test
    void server_errors_redirects_and_no_answer_are_retried() {
        assertThat(RetryPolicy.retryable(500)).isTrue();
        assertThat(RetryPolicy.retryable(503)).isTrue();
        assertThat(RetryPolicy.retryable(301)).isTrue();
        assertThat(RetryPolicy.retryable(null)).isTrue();
    }

    @Test
    void retries_until_the_last_attempt() {
        assertThat(policy.retries(1, 500)).isTrue();
        assertThat(policy.retries(4, 500)).isTrue();
        assertThat(policy.retries(5, 500)).isFalse();
        assertThat(policy.retries(1, 400)).isFalse();
        assertThat(policy.retries(1, 429)).isTrue();
    }

    @Test
    void the_wait_doubles_within_its_upper_half_and_stops_at_the_cap() {
        assertThat(policy.delayAfter(1, 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(1, 0.999)).isBetween(Duration.ofMillis(3990), Duration.ofSeconds(4));
        assertThat(policy.delayAfter(2, 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(12));
        assertThat(policy.delayAfter(4, 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(1000, 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(Integer.MAX_VALUE, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void refuses_nonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
