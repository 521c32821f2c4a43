package org.shoppingapi.jdbc.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run by the service itself when no {@code DB_URL} is given, so that a fresh
 * machine needs nothing installed. Unlike a test database it keeps its files and is durable.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STALE_STOP_WAIT = Duration.ofSeconds(20);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts (or restarts) the server whose files live in {@code dataDirectory}; creates them on first use. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopStaleServer(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // zonky tunes for throw-away test data (-F, synchronous_commit off); a service's data must survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    // The server's log reaches ours: errors without DETAIL ("Failing row contains (<values>)").
                    .setServerConfig("log_error_verbosity", "terse")
                    // The service stops the server itself after the web server has drained; a JVM hook
                    // of zonky's own could pull the database away from requests still in flight.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedPostgresServer(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away server in a temporary directory (used by tests: no fsync, removed on exit). */
    public static EmbeddedPostgresServer startEphemeral() {
        try {
            Path dir = Files.createTempDirectory("shopping-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("log_error_verbosity", "terse")
                    .setRegisterShutdownHook(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedPostgresServer(postgres, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a test PostgreSQL", e);
        }
    }

    /** JDBC URL of database {@code name} on this server. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    /** The superuser the embedded server was initialised with. */
    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * A JVM killed with -9 leaves its postmaster running and holding the data directory; the next
     * start would fail with "lock file already exists". Stop that orphan first, gracefully if it lets us.
     */
    static void stopStaleServer(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> stale = readPostmasterPid(dataDirectory)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::looksLikePostgres);
        if (stale.isEmpty()) {
            return;
        }
        ProcessHandle process = stale.get();
        LOG.warn("A PostgreSQL left by an earlier run (pid {}) still holds {}; stopping it", process.pid(), dataDirectory);
        process.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, which checkpoints.
        try {
            process.onExit().get(STALE_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception timeoutOrInterrupt) {
            LOG.warn("pid {} did not stop in {}; killing it", process.pid(), STALE_STOP_WAIT);
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    /**
     * The port of a PostgreSQL that is running on {@code dataDirectory} right now (the service's own, typically),
     * so a one-off command can join it instead of stopping it as a stale server; empty when none runs.
     */
    public static OptionalInt runningPort(Path dataDirectory) {
        try {
            boolean running = readPostmasterPid(dataDirectory)
                    .flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(EmbeddedPostgresServer::looksLikePostgres)
                    .isPresent();
            if (!running) {
                return OptionalInt.empty();
            }
            // postmaster.pid: pid, data directory, start time, port, ... (PostgreSQL's documented layout).
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.size() < 4 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalInt.empty();
        }
    }

    private static Optional<Long> readPostmasterPid(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException notAPid) {
            return Optional.empty();
        }
    }

    private static boolean looksLikePostgres(ProcessHandle process) {
        // Only ever kill what is a postgres server; a recycled pid may now belong to anything.
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
