package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        Path log = work.resolve("service.log");
        ServiceProcess.Started started = ServiceProcess.start(Map.of("DB_URL", db.jdbcUrl(), "DB_USER", db.user(),
                "DB_PASSWORD", db.password(), "DB_POOL_SIZE", "3"), log);
        Process service = started.process();
        assertThat(started.port()).as("SERVER_PORT=0 is honoured: a port of the system's choosing").isNotEqualTo(8080);
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(started.base() + "/observe/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
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
}
