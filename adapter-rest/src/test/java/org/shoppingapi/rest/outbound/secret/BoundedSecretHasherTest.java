package org.shoppingapi.rest.outbound.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.out.auth.SecretHasher;

/** The hashing threads and queue are bounded: a request finding both full gets the caller's refusal at once. */
class BoundedSecretHasherTest {

    static final class Busy extends RuntimeException {
    }

    /** A hasher whose work waits until the test lets it finish. */
    static final class HeldHasher implements SecretHasher {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String hash(String secret) {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "hash:" + secret;
        }

        @Override
        public boolean matches(String secret, String hash) {
            return hash.equals(hash(secret));
        }
    }

    @Test
    void with_the_thread_busy_and_the_queue_full_the_next_request_is_refused_and_the_others_finish() throws Exception {
        HeldHasher held = new HeldHasher();
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try (BoundedSecretHasher hasher = new BoundedSecretHasher(held, new BoundedSecretHasher.Settings(1, 1),
                Busy::new)) {
            Future<String> running = callers.submit(() -> hasher.hash("a"));
            assertThat(held.started.await(30, TimeUnit.SECONDS)).isTrue();
            // One of these two waits in the queue, the other finds it full; which one is up to the scheduler.
            List<Future<String>> next = List.of(callers.submit(() -> hasher.hash("b")),
                    callers.submit(() -> hasher.hash("c")));
            Throwable refusal = firstFailure(next);

            held.release.countDown();

            assertThat(refusal).isInstanceOf(Busy.class);
            assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo("hash:a");
            List<String> answered = new ArrayList<>();
            for (Future<String> call : next) {
                try {
                    answered.add(call.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isSameAs(refusal);
                }
            }
            assertThat(answered).hasSize(1).allSatisfy(hash -> assertThat(hash).isIn("hash:b", "hash:c"));
        } finally {
            callers.shutdownNow();
        }
    }

    /** Waits (up to a generous bound) until one of {@code calls} has failed, and answers why. */
    private static Throwable firstFailure(List<Future<String>> calls) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            for (Future<String> call : calls) {
                if (call.state() == Future.State.FAILED) {
                    return call.exceptionNow();
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no request was refused while the hashing thread and queue were full");
    }
}
