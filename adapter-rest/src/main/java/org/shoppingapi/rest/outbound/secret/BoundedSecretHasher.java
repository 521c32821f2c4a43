package org.shoppingapi.rest.outbound.secret;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.shoppingapi.ports.out.auth.SecretHasher;

/**
 * Runs the slow secret hashing on a few platform threads of its own with a bounded queue, so that however many token
 * requests arrive, hashing takes at most those threads' share of the CPU and never the virtual-thread carriers that
 * serve every other request (SPEC §1: token requests never starve the API). A request that finds the queue full is
 * refused at once with the caller's refusal (the API answers 503 + Retry-After), which this outbound part does not
 * need to know how to say.
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

    private final SecretHasher hasher;
    private final ThreadPoolExecutor executor;
    private final Supplier<? extends RuntimeException> whenFull;

    /** {@code whenFull} makes the exception a request gets when every thread and waiting place is taken. */
    public BoundedSecretHasher(SecretHasher hasher, Settings settings, Supplier<? extends RuntimeException> whenFull) {
        this.hasher = hasher;
        this.whenFull = whenFull;
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
            throw whenFull.get();
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
