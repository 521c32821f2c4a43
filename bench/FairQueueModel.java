import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load shedding's queue in isolation (README "Performance", lever "load shedding"): why it is fair. A model, not
 * the service and not a test; JDK only: {@code java bench/FairQueueModel.java}.
 *
 * <p>Admission as Helidon 4.4's {@code FixedLimit} does it (read from its bytecode): refused at once when the
 * semaphore's queue holds {@code maxQueued}, else {@code tryAcquire(queueTimeout)}. 32 permits, 256 queued, 1 s; each
 * admitted request holds its permit 10 ms (about 3,200 a second, so 256 queued drain in ~80 ms); every client sends
 * its next request as soon as it has an answer (1 ms after a refusal), as wrk does. With an unfair semaphore a client
 * coming back takes a permit just freed ahead of those queued, and at 256 clients (within capacity: 32 + 256) the
 * queued ones wait out their whole second and are refused.
 */
public class FairQueueModel {

    public static void main(String[] args) throws Exception {
        for (int clients : new int[] {256, 1024}) {
            for (boolean fair : new boolean[] {false, true}) {
                run(fair, clients);
            }
        }
    }

    static void run(boolean fair, int clients) throws Exception {
        Semaphore permits = new Semaphore(32, fair);
        int maxQueued = 256;
        long timeoutMs = 1000;
        AtomicLong atOnce = new AtomicLong(), afterWaiting = new AtomicLong(), queueFull = new AtomicLong(),
                timedOut = new AtomicLong();
        ConcurrentLinkedQueue<Long> waits = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                executor.submit(() -> {
                    while (System.nanoTime() < end) {
                        if (permits.getQueueLength() >= maxQueued) {
                            queueFull.incrementAndGet();
                            Thread.sleep(1);
                            continue;
                        }
                        long start = System.nanoTime();
                        boolean admitted = permits.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS);
                        long waited = System.nanoTime() - start;
                        if (!admitted) {
                            timedOut.incrementAndGet();
                            waits.add(waited);
                            continue;
                        }
                        if (waited < 100_000) {
                            atOnce.incrementAndGet();
                        } else {
                            afterWaiting.incrementAndGet();
                            waits.add(waited);
                        }
                        try {
                            Thread.sleep(10);
                        } finally {
                            permits.release();
                        }
                    }
                    return null;
                });
            }
        }
        List<Long> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1_000_000;
        long p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1_000_000;
        System.out.printf("%s, %d clients, 8 s: admitted at once %d, after waiting %d; refused: queue full %d, "
                        + "after waiting the 1 s %d; wait of the queued p50 %d ms, p99 %d ms%n",
                fair ? "fair  " : "unfair", clients, atOnce.get(), afterWaiting.get(), queueFull.get(), timedOut.get(),
                p50, p99);
    }
}
