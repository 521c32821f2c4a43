package org.shoppingapi.rest.auth;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.shoppingapi.ports.out.auth.SecretHasher;
import org.shoppingapi.rest.error.RetryLaterException;

/**
 * Runs the slow secret hashing on a few platform threads of its own with a bounded queue, so that however many token
 * requests arrive, hashing takes at most those threads' share of the CPU and never the virtual-thread carriers that
 * serve every other request (SPEC §1: token requests never starve the API). A request that finds the queue full is
 * refused at once with 503 + Retry-After.
 */
public final class BoundedSecretHasher implements SecretHasher, AutoCloseable {

    /** Threads and waiting places; {@code threads} at most half the cores leaves the rest to the API. */
    public record Settings(int threads, int queue) {
        public static Settings forThisMachine() {
            return new Settings(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 32);
        }

        public Settings {
            if (threads < 1 || queue < 1) {
                throw new IllegalArgumentException("hashing threads and queue must be at least 1");
            }
        }
    }

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final SecretHasher hasher;
    private final ThreadPoolExecutor executor;

    public BoundedSecretHasher(SecretHasher hasher, Settings settings) {
        this.hasher = hasher;
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue()),
                Thread.ofPlatform().name("secret-hashing-", 0).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public String hash(String secret) {
        return run(() -> hasher.hash(secret));
    }

    @Override
    public boolean matches(String secret, String hash) {
        return run(() -> hasher.matches(secret, hash));
    }

    private <T> T run(Callable<T> work) {
        Future<T> result;
        try {
            result = executor.submit(work);
        } catch (RejectedExecutionException full) {
            throw new RetryLaterException(503, "SERVICE_UNAVAILABLE",
                    "too many token requests at once, try again", RETRY_AFTER);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("secret hashing failed", e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for secret hashing", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
