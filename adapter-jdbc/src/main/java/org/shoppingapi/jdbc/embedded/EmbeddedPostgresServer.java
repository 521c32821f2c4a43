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
    private final String password;
    private final DataDirectoryLock lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String password,
                                   DataDirectoryLock lock) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.lock = lock;
    }

    /**
     * Starts (or restarts) the server whose files live in {@code dataDirectory}; creates them on first use. Refuses
     * to start while another service holds the data directory (its server is never stopped), and accepts no
     * connection without the password kept in the data directory (SPEC §7).
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory) {
        DataDirectoryLock lock = null;
        try {
            Files.createDirectories(dataDirectory);
            lock = DataDirectoryLock.acquire(dataDirectory);
            stopStaleServer(dataDirectory);
            String password = PasswordAuthentication.storedOrCreated(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // On the first start initdb itself sets the password and writes password-only rules, so the
                    // server never runs with zonky's "-A trust" (each locale entry becomes an initdb "--key=value",
                    // after zonky's own options, so these win); on later starts initdb does not run.
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", PasswordAuthentication.initdbFile(dataDirectory).toString())
                    // zonky's readiness check logs in, so it needs the password too.
                    .setConnectConfig("password", password)
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
            try {
                PasswordAuthentication.require(dataDirectory, postgres.getPort(), password);
            } catch (RuntimeException | IOException e) {
                postgres.close();
                throw e;
            }
            return new EmbeddedPostgresServer(postgres, dataDirectory, password, lock);
        } catch (IOException e) {
            if (lock != null) {
                lock.close();
            }
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
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
            // Throw-away test data: initdb's trust authentication stays.
            return new EmbeddedPostgresServer(postgres, dir, "", null);
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

    /** The superuser's password (empty for a throw-away test server). */
    public String password() {
        return password;
    }

    /** The password of the persistent server in {@code dataDirectory}, for a command that joins it while it runs. */
    public static String passwordOf(Path dataDirectory) {
        return PasswordAuthentication.stored(dataDirectory);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * A JVM killed with -9 leaves its postmaster running and holding the data directory; the next start would fail
     * with "lock file already exists". Stop that orphan first, gracefully if it lets us. Called only while holding
     * the {@link DataDirectoryLock}, so no live service owns it; and only a process that is a PostgreSQL server for
     * this very data directory is ever signalled. A pid file naming any other process (the pid was recycled) is stale
     * and removed, and that process left alone.
     */
    static void stopStaleServer(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> named = readPostmasterPid(dataDirectory)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
        if (named.isEmpty()) {
            return;
        }
        ProcessHandle process = named.get();
        if (!isServerOf(process, dataDirectory)) {
            LOG.warn("{} names pid {}, which is not a PostgreSQL server of this data directory; removing the stale file",
                    dataDirectory.resolve("postmaster.pid"), process.pid());
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            return;
        }
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
                    .filter(process -> isServerOf(process, dataDirectory))
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

    /**
     * True when {@code process} is a postgres binary started on {@code dataDirectory} ({@code postgres -D <dir>}):
     * a name alone proves nothing, another cluster's server or any program called postgres may hold a recycled pid.
     */
    static boolean isServerOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgresBinary = info.command().map(command -> command.endsWith("/postgres")).orElse(false);
        if (!postgresBinary) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        Path wanted = canonical(dataDirectory);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if ("-D".equals(arguments[i]) && canonical(Path.of(arguments[i + 1])).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException gone) {
            return path.toAbsolutePath().normalize();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
