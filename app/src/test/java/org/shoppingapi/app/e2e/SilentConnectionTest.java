package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §1 / issue 12 item 2: a TCP connection that never sends a byte is closed after the idle bound (2 s here, checked
 * every 0.5 s), like one that went quiet between requests; a client that is slow but sends its request within the
 * bound is served.
 */
class SilentConnectionTest {

    private static final Duration IDLE = Duration.ofSeconds(2);

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(SilentConnectionTest.class, Map.of(
                "server.idle-connection-timeout", "PT2S",
                "server.idle-connection-period", "PT0.5S"));
    }

    @Test
    void a_connection_that_never_sends_a_byte_is_closed_by_the_server() throws IOException {
        try (Socket silent = connect()) {
            // Helidon measures idleness on its once-a-second clock, so only "closed, long before the test gives up"
            // is asserted, not the exact moment.
            assertThat(closedByServer(silent, Duration.ofSeconds(30)))
                    .as("the server closed the silent connection").isTrue();
        }
    }

    @Test
    void a_client_that_waits_less_than_the_bound_before_its_request_is_served() throws Exception {
        try (Socket slow = connect()) {
            Thread.sleep(IDLE.toMillis() / 4);
            String request = "GET /observe/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            for (byte b : request.getBytes(StandardCharsets.US_ASCII)) {
                slow.getOutputStream().write(b); // one byte at a time: slow, but alive
                slow.getOutputStream().flush();
            }
            slow.setSoTimeout(30_000);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            slow.getInputStream().transferTo(answer);
            assertThat(answer.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", app.service().port()), 5_000);
        return socket;
    }

    /** True once the server closed the connection (end of stream or reset) within {@code patience}. */
    private static boolean closedByServer(Socket socket, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        InputStream in = socket.getInputStream();
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout(500);
            try {
                if (in.read() < 0) {
                    return true;
                }
            } catch (SocketTimeoutException stillOpen) {
                // keep waiting
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }
}
