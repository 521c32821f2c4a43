package org.shoppingapi.jdbc.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's embedded default: durable settings, data kept across restarts, orphans from killed runs stopped; and
 * (SPEC §7, issue 12 item 6) password authentication, a data directory in use never taken over, and no process
 * signalled unless it is a server of this data directory.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keeps_data_across_restarts_with_durability_turned_back_on() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dataDir)) {
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE kept (v int)");
                st.execute("INSERT INTO kept VALUES (42)");
                assertThat(setting(st, "fsync")).isEqualTo("on");
                assertThat(setting(st, "synchronous_commit")).isEqualTo("on");
            }
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.startPersistent(dataDir);
             Connection c = DriverManager.getConnection(again.jdbcUrl("postgres"), again.user(), again.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void stops_a_server_left_running_by_a_killed_process_before_starting() throws Exception {
        // A child JVM starts the server and is then killed with SIGKILL, leaving its postmaster orphaned.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StartAndWait.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-child.log").toFile())
                .start();
        Path ready = dataDir.resolve("ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.exists(ready) && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(ready).as("child started its server").exists();
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("orphan still running").contains(true);

        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dataDir);
             Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM from_child")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void accepts_no_connection_without_the_password_kept_readable_by_the_owner_only() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dataDir)) {
            assertThat(pg.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), ""))
                    .as("no trust on 127.0.0.1").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), "guess"))
                    .isInstanceOf(SQLException.class);
            Path file = dataDir.resolve("shopping-api.password");
            assertThat(Files.readString(file).strip()).isEqualTo(pg.password());
            assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                    PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(EmbeddedPostgresServer.passwordOf(dataDir)).isEqualTo(pg.password());
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.startPersistent(dataDir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl("postgres"), again.user(), ""))
                    .as("still after a restart").isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(again.jdbcUrl("postgres"), again.user(), again.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void never_trusts_a_connection_not_even_while_the_first_start_initialises_the_data_directory() throws Exception {
        // Watches pg_hba.conf for the whole first start: initdb writes it, the service may rewrite it afterwards.
        Path rules = dataDir.resolve("pg_hba.conf");
        List<String> trusted = new CopyOnWriteArrayList<>();
        AtomicBoolean starting = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            while (starting.get()) {
                try {
                    if (Files.exists(rules)) {
                        Files.readAllLines(rules).stream()
                                .map(String::strip)
                                .filter(line -> !line.startsWith("#") && line.matches(".*\\btrust\\b.*"))
                                .forEach(trusted::add);
                    }
                    Thread.sleep(5);
                } catch (IOException beingWritten) {
                    // read again on the next turn
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dataDir)) {
            starting.set(false);
            watcher.join();
            assertThat(trusted).as("no pg_hba.conf rule ever trusted a connection").isEmpty();
            assertThat(Files.readString(rules)).doesNotContainPattern("(?m)^[^#]*\\btrust\\b");
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), ""))
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(
                         "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("initdb stored the password as a SCRAM verifier").isTrue();
            }
        } finally {
            starting.set(false);
        }
    }

    @Test
    void refuses_to_start_on_a_data_directory_in_use_and_leaves_the_running_server_alone() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(dataDir)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.startPersistent(dataDir))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("postgres"), first.user(), first.password());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 1")) {
                assertThat(rs.next()).as("the first instance's server still answers").isTrue();
            }
        }
    }

    @Test
    void never_kills_an_unrelated_process_named_postgres_that_a_stale_pid_file_names() throws Exception {
        EmbeddedPostgresServer.startPersistent(dataDir).close(); // an initialised, stopped data directory
        Path bin = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-bin"));
        Path fake = Files.copy(Path.of("/bin/sleep"), bin.resolve("postgres"), StandardCopyOption.COPY_ATTRIBUTES);
        Process unrelated = new ProcessBuilder(fake.toString(), "300").start();
        try {
            Files.writeString(dataDir.resolve("postmaster.pid"), unrelated.pid() + "\n" + dataDir + "\n");

            try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dataDir);
                 Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password())) {
                assertThat(c.isValid(5)).as("started despite the stale pid file").isTrue();
            }
            assertThat(unrelated.isAlive()).as("the unrelated 'postgres' process was left alone").isTrue();
        } finally {
            unrelated.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String setting(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Entry point of the child JVM in the stale-server test. */
    public static final class StartAndWait {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE from_child (v int)");
                st.execute("INSERT INTO from_child VALUES (1)");
            }
            new File(dir.toFile(), "ready").createNewFile();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
