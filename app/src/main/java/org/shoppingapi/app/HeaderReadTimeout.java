package org.shoppingapi.app;

import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Cuts off a client that sends its request headers slowly (SPEC §1). Helidon's idle timeout closes a connection that
 * waits for its request line, but once the line has come it waits for the headers for ever, and such a connection
 * holds one of the capped connection permits. This listener notes when a request line arrives and closes the
 * connection if its headers have not all arrived within the timeout.
 */
final class HeaderReadTimeout implements Http1ConnectionListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HeaderReadTimeout.class.getName());

    private final long timeoutNanos;
    private final Map<ConnectionContext, Long> awaitingHeaders = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checker;

    HeaderReadTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("server.header-read-timeout must be positive");
        }
        this.timeoutNanos = timeout.toNanos();
        this.checker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("header-read-timeout").daemon(true).factory());
        long period = Math.max(100, Math.min(1_000, timeout.toMillis() / 4));
        checker.scheduleWithFixedDelay(this::closeOverdue, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void prologue(ConnectionContext connection, HttpPrologue prologue) {
        awaitingHeaders.put(connection, System.nanoTime());
    }

    @Override
    public void headers(ConnectionContext connection, Headers headers) {
        awaitingHeaders.remove(connection);
    }

    private void closeOverdue() {
        long now = System.nanoTime();
        awaitingHeaders.forEach((connection, since) -> {
            if (now - since > timeoutNanos && awaitingHeaders.remove(connection, since)) {
                LOG.fine(() -> "closing connection " + connection.childSocketId() + ": headers not complete in time");
                try {
                    connection.serverSocket().close();
                } catch (RuntimeException alreadyGone) {
                    // The client went away meanwhile; nothing left to close.
                }
            }
        });
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
