package org.shoppingapi.jdbc.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's embedded default: durable settings, data kept across restarts, orphans from killed runs stopped. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keeps_data_across_restarts_with_durability_turned_back_on() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dataDir)) {
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE kept (v int)");
                st.execute("INSERT INTO kept VALUES (42)");
                assertThat(setting(st, "fsync")).isEqualTo("on");
                assertThat(setting(st, "synchronous_commit")).isEqualTo("on");
            }
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.startPersistent(dataDir);
             Connection c = DriverManager.getConnection(again.jdbcUrl("postgres"), again.user(), "");
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
             Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM from_child")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
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
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE from_child (v int)");
                st.execute("INSERT INTO from_child VALUES (1)");
            }
            new File(dir.toFile(), "ready").createNewFile();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
