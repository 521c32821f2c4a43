package org.shoppingapi.app.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A webhook receiver for the tests: the JDK's HTTP server on 127.0.0.1 and a free port. It keeps every request
 * (headers and the raw body bytes) and answers each path from a script of status codes, then 200; {@link #HANG}
 * holds the request open until the receiver closes (a receiver that never answers), {@link #hold} until released.
 */
public final class TestReceiver implements AutoCloseable {

    /** A scripted "answer": do not answer at all. */
    public static final int HANG = -1;

    /** One request as it arrived. */
    public record Request(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Request> received = new ArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public TestReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of {@code path} on this receiver. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the next requests to {@code path} with these statuses, in order; 200 after them. */
    public void script(String path, Integer... statuses) {
        scripts.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    /** Holds every request to {@code path} open (unanswered) until {@link #release}. */
    public void hold(String path) {
        gates.put(path, new CountDownLatch(1));
    }

    public void release(String path) {
        gates.remove(path).countDown();
    }

    public synchronized List<Request> requests(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        synchronized (this) {
            received.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), body));
        }
        CountDownLatch gate = gates.get(path);
        if (gate != null) {
            awaitQuietly(gate);
        }
        Deque<Integer> script = scripts.get(path);
        Integer status = script == null ? null : script.pollFirst();
        int answer = status == null ? 200 : status;
        if (answer == HANG) {
            awaitQuietly(closing);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls {@code condition} until it holds; fails the test after {@code max}. */
    public static void await(String what, Duration max, BooleanSupplier condition) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + max + ": " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        gates.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        threads.shutdownNow();
    }
}
