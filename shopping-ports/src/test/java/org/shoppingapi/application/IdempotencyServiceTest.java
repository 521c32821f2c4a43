package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.error.IdempotencyKeyReusedException;
import org.shoppingapi.ports.in.idempotency.BeginRequestCommand;
import org.shoppingapi.ports.in.idempotency.IdempotencyDecision;
import org.shoppingapi.ports.in.idempotency.RecordedResponse;

/** The idempotency use case over an in-memory store: claim, replay, refusal, waiting for the first, dead claims. */
class IdempotencyServiceTest {

    static final String ACCOUNT = "T12345678";
    static final RecordedResponse FIRST = new RecordedResponse(200, "application/json", "\"0\"",
            "{\"id\":\"d-1\"}".getBytes(StandardCharsets.UTF_8));

    final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    final IdempotencyService service = new IdempotencyService(store, Clock.systemUTC(),
            IdempotencyService.Settings.DEFAULT);

    static BeginRequestCommand begin(String key, String fingerprint) {
        return new BeginRequestCommand(ACCOUNT, key, fingerprint);
    }

    @Test
    void the_first_request_proceeds_and_a_repeat_replays_its_response() {
        assertThat(service.begin(begin("k", "fp"))).isInstanceOf(IdempotencyDecision.Proceed.class);
        service.finish(ACCOUNT, "k", FIRST);
        assertThat(service.begin(begin("k", "fp"))).isEqualTo(new IdempotencyDecision.Replay(FIRST));
    }

    @Test
    void another_fingerprint_with_the_key_is_refused_even_while_the_first_runs() {
        service.begin(begin("k", "fp"));
        assertThatThrownBy(() -> service.begin(begin("k", "other"))).isInstanceOf(IdempotencyKeyReusedException.class);
        service.finish(ACCOUNT, "k", FIRST);
        assertThatThrownBy(() -> service.begin(begin("k", "other"))).isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void a_repeat_arriving_while_the_first_runs_waits_for_its_response() throws Exception {
        service.begin(begin("k", "fp"));
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<IdempotencyDecision> repeat = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            return service.begin(begin("k", "fp"));
        });
        waiting.await();
        service.finish(ACCOUNT, "k", FIRST);
        assertThat(repeat.get()).isEqualTo(new IdempotencyDecision.Replay(FIRST));
    }

    @Test
    void an_abandoned_key_lets_the_retry_run_afresh() {
        service.begin(begin("k", "fp"));
        service.abandon(ACCOUNT, "k");
        assertThat(service.begin(begin("k", "fp"))).isInstanceOf(IdempotencyDecision.Proceed.class);
    }

    @Test
    void a_repeat_gives_up_with_a_conflict_when_the_first_never_answers() {
        IdempotencyService impatient = new IdempotencyService(store, Clock.systemUTC(),
                new IdempotencyService.Settings(Duration.ofHours(24), Duration.ofMillis(30), Duration.ofMinutes(5)));
        impatient.begin(begin("k", "fp"));
        assertThatThrownBy(() -> impatient.begin(begin("k", "fp")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo(IdempotencyService.KEY_IN_USE);
    }

    @Test
    void a_claim_whose_request_died_is_taken_over_and_an_expired_key_is_new() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        IdempotencyService before = new IdempotencyService(store, Clock.fixed(start, ZoneOffset.UTC),
                IdempotencyService.Settings.DEFAULT);
        before.begin(begin("dead", "fp"));
        before.begin(begin("old", "fp"));
        before.finish(ACCOUNT, "old", FIRST);

        IdempotencyService later = new IdempotencyService(store, Clock.fixed(start.plus(Duration.ofMinutes(6)),
                ZoneOffset.UTC), IdempotencyService.Settings.DEFAULT);
        assertThat(later.begin(begin("dead", "fp"))).isInstanceOf(IdempotencyDecision.Proceed.class);
        assertThat(later.begin(begin("old", "fp"))).as("kept 24 h").isInstanceOf(IdempotencyDecision.Replay.class);

        IdempotencyService nextDay = new IdempotencyService(store, Clock.fixed(start.plus(Duration.ofHours(25)),
                ZoneOffset.UTC), IdempotencyService.Settings.DEFAULT);
        assertThat(nextDay.begin(begin("old", "other"))).isInstanceOf(IdempotencyDecision.Proceed.class);
        assertThat(nextDay.purgeExpired()).isEqualTo(1);
    }

    @Test
    void keys_must_be_present_and_bounded() {
        assertThatThrownBy(() -> begin(" ", "fp")).isInstanceOf(ValidationException.class)
                .hasMessage("Idempotency-Key must not be empty");
        assertThatThrownBy(() -> begin("k".repeat(256), "fp")).isInstanceOf(ValidationException.class);
        assertThat(begin("k".repeat(255), "fp").key()).hasSize(255);
    }
}
