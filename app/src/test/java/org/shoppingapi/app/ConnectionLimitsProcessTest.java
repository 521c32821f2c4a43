package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoppingapi.jdbc.testing.TestDatabases;

/**
 * SPEC §1 / issue 12 item 2, as an operator would meet it: the service in a JVM of its own under a low descriptor
 * limit ({@code prlimit --nofile=256}). More idle TCP connections than the limit (no byte sent), and a few with
 * half-sent headers, do not stop the listener: connections beyond the cap wait in the kernel's backlog instead of
 * taking a descriptor, a half-sent request is cut off after the header timeout (3 s here), and once the idle clients
 * go the service answers again.
 */
class ConnectionLimitsProcessTest {

    private static final int DESCRIPTORS = 256;
    private static final int IDLE_CONNECTIONS = 320;
    private static final int HALF_SENT = 5;

    @TempDir
    Path work;

    @Test
    void more_connections_than_descriptors_leave_the_listener_serving_and_half_sent_requests_are_cut_off() throws Exception {
        TestDatabases.TestDatabase db = TestDatabases.create(ConnectionLimitsProcessTest.class);
        Path log = work.resolve("service.log");
        ServiceProcess.Started started = ServiceProcess.start(List.of("prlimit", "--nofile=" + DESCRIPTORS, "--"),
                Map.of("DB_URL", db.jdbcUrl(), "DB_USER", db.user(), "DB_PASSWORD", db.password(), "DB_POOL_SIZE", "3",
                        "SERVER_IDLE_CONNECTION_TIMEOUT", "PT3S", "SERVER_IDLE_CONNECTION_PERIOD", "PT1S",
                        "SERVER_HEADER_READ_TIMEOUT", "PT3S"), log);
        Process service = started.process();
        List<Socket> idle = new ArrayList<>();
        List<Socket> halfSent = new ArrayList<>();
        try {
            for (int i = 0; i < HALF_SENT; i++) {
                Socket socket = connect(started.port());
                socket.getOutputStream().write("GET /observe/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                halfSent.add(socket);
            }
            for (int i = 0; i < IDLE_CONNECTIONS; i++) {
                idle.add(connect(started.port()));
            }

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (Socket socket : halfSent) {
                assertThat(closedByServer(socket, deadline)).as("a half-sent request is cut off\n%s", tail(log)).isTrue();
            }
            // The idle ones hold the capped permits (the rest wait in the kernel's backlog); when they go, the
            // listener is still there and serves.
            for (Socket socket : idle) {
                socket.close();
            }
            assertThat(health(started)).as("answering after %d connections under a limit of %d descriptors\n%s",
                    IDLE_CONNECTIONS + HALF_SENT, DESCRIPTORS, tail(log)).isEqualTo(200);
            assertThat(Files.readString(log)).doesNotContain("this server socket is terminating now");
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
            for (Socket socket : halfSent) {
                socket.close();
            }
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }

    /** GET /observe/health on a new connection, waiting up to 60 s for an answer; -1 when none came. */
    private static int health(ServiceProcess.Started started) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            return http.send(HttpRequest.newBuilder(URI.create(started.base() + "/observe/health"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException noAnswer) {
            return -1;
        }
    }

    /** True once the server closed the connection (end of stream or reset), false if it is still open at the deadline. */
    private static boolean closedByServer(Socket socket, long deadlineNanos) throws IOException {
        InputStream in = socket.getInputStream();
        while (System.nanoTime() < deadlineNanos) {
            socket.setSoTimeout((int) Math.max(1, Math.min(1_000, (deadlineNanos - System.nanoTime()) / 1_000_000)));
            try {
                if (in.read() < 0) {
                    return true;
                }
                in.skip(in.available()); // an error answer to the half-sent request; the close follows
            } catch (SocketTimeoutException stillOpen) {
                // keep waiting
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
