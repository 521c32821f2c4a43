package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoppingapi.jdbc.testing.TestDatabases;

/**
 * {@code Main} as an operator runs it: a separate JVM configured only through SPEC §7 environment
 * variables, which logs its database first, serves health, and shuts down gracefully on SIGTERM.
 */
class MainProcessTest {

    @TempDir
    Path work;

    @Test
    void runs_from_environment_variables_and_stops_gracefully_on_sigterm() throws Exception {
        TestDatabases.TestDatabase db = TestDatabases.create(MainProcessTest.class);
        int port = freePort();
        Path log = work.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("DB_URL", db.jdbcUrl());
        builder.environment().put("DB_USER", db.user());
        builder.environment().put("DB_PASSWORD", db.password());
        builder.environment().put("DB_POOL_SIZE", "3");
        Process service = builder.start();
        try {
            HttpResponse<String> health = awaitHealth(port, service);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            List<String> lines = Files.readAllLines(log);
            String firstOwnLine = lines.stream().filter(l -> l.contains("org.shoppingapi")).findFirst().orElseThrow();
            assertThat(firstOwnLine).contains("Database: PostgreSQL at " + db.jdbcUrl());
        } finally {
            service.destroy(); // SIGTERM, as a process manager stops a service
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        }
        assertThat(Files.readString(log)).contains("Shopping API stopped");
    }

    private static HttpResponse<String> awaitHealth(int port, Process service) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline && service.isAlive()) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYetListening) {
                last = notYetListening;
                Thread.sleep(200);
            }
        }
        throw new AssertionError("service did not answer on port " + port, last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
