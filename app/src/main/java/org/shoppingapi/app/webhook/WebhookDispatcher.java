package org.shoppingapi.app.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.application.WebhookDispatchService;

/**
 * This instance's delivery loop: one thread claims due deliveries, up to {@code concurrency} attempts run at once on
 * virtual threads. It claims again at once while it finds full batches, and otherwise sleeps until nudged (a local
 * commit, a finished attempt) or for the poll interval, which is how it hears of other instances' commits and of
 * retries coming due. A failing database is logged and retried at the poll interval; nothing is lost meanwhile,
 * because the rows wait in the database.
 */
public final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    private final WebhookDispatchService service;
    private final DispatchSignal signal;
    private final Duration poll;
    private final Duration drain;
    private final Semaphore slots;
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;
    private Thread loop;

    /** {@code drain} bounds how long {@link #close} waits for attempts in flight. */
    public WebhookDispatcher(WebhookDispatchService service, DispatchSignal signal, Duration poll, int concurrency,
                             Duration drain) {
        this.service = service;
        this.signal = signal;
        this.poll = poll;
        this.drain = drain;
        this.slots = new Semaphore(concurrency);
    }

    public synchronized void start() {
        if (loop != null) {
            return;
        }
        running = true;
        loop = Thread.ofPlatform().daemon().name("webhook-dispatcher").start(this::run);
    }

    private void run() {
        while (running) {
            try {
                int free = slots.availablePermits();
                List<ClaimedDelivery> claimed = free == 0 ? List.of() : service.claim(free);
                claimed.forEach(this::launch);
                if (free == 0 || claimed.size() < free) {
                    signal.await(poll);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "webhook dispatch failed; retrying in " + poll.toMillis() + " ms", e);
                sleepQuietly();
            }
        }
    }

    private void launch(ClaimedDelivery delivery) {
        slots.acquireUninterruptibly();
        attempts.execute(() -> {
            try {
                service.attempt(delivery);
            } catch (RuntimeException e) {
                // The outcome could not be recorded; the claim's lease runs out and the delivery is retried.
                LOG.log(Level.WARNING, "recording the attempt of " + delivery + " failed", e);
            } finally {
                slots.release();
                signal.nudge();
            }
        });
    }

    private void sleepQuietly() {
        try {
            signal.await(poll);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops claiming, then waits up to the drain time for attempts in flight; unfinished ones are retried later. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            thread = loop;
            running = false;
        }
        if (thread != null) {
            signal.nudge();
            try {
                thread.join(drain.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        attempts.shutdown();
        try {
            if (!attempts.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                attempts.shutdownNow();
            }
        } catch (InterruptedException e) {
            attempts.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
