package org.shoppingapi.jdbc.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * Password authentication for the embedded server (SPEC §7). zonky's initdb would trust every local connection, so
 * any user of the machine could read the signing key and mint tokens. Before the first start a random password is
 * created (mode 0600) and handed to initdb, which sets it and writes password rules from the outset; it is then kept
 * in the data directory (itself 0700), and pg_hba.conf is replaced by rules that require it for every connection,
 * over TCP and the Unix socket alike. A data directory initialised with trust by an earlier
 * version is switched over the same way on its next start.
 */
final class PasswordAuthentication {

    static final String PASSWORD_FILE = "shopping-api.password";
    private static final String SUPERUSER = "postgres";
    private static final String RULES = """
            # Written by the Shopping API: every connection needs the superuser's password, which the service keeps in
            # shopping-api.password in this directory (readable by its OS user only).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;
    private static final long ENFORCED_WITHIN_NANOS = 10_000_000_000L;

    private PasswordAuthentication() {
    }

    /**
     * The password for the server in {@code dataDirectory}: the kept one, or else one waiting beside the directory
     * for initdb (created now, readable by the owner only, when there is none). initdb refuses a directory that is
     * not empty, so until the server's files exist the password lives next to the directory; {@link #keep} moves
     * it in.
     */
    static String storedOrCreated(Path dataDirectory) throws IOException {
        Path kept = file(dataDirectory);
        if (Files.exists(kept)) {
            return read(kept);
        }
        Path pending = initdbFile(dataDirectory);
        return Files.exists(pending) ? read(pending) : create(pending);
    }

    /** The file initdb's {@code --pwfile} reads the password from on the first start. */
    static Path initdbFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + "." + PASSWORD_FILE);
    }

    /** Once the server's files exist: moves a password created for initdb into the data directory. */
    static void keep(Path dataDirectory) throws IOException {
        Path pending = initdbFile(dataDirectory);
        if (Files.exists(pending) && !Files.exists(file(dataDirectory))) {
            Files.move(pending, file(dataDirectory), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static Path file(Path dataDirectory) {
        return dataDirectory.resolve(PASSWORD_FILE);
    }

    /** Makes the running server on {@code port} require {@code password}, the stored one. */
    static void require(Path dataDirectory, int port, String password) throws IOException {
        keep(dataDirectory);
        Path rules = dataDirectory.resolve("pg_hba.conf");
        if (!Files.readString(rules, StandardCharsets.UTF_8).equals(RULES)) {
            try (Connection c = connect(port, password); Statement st = c.createStatement()) {
                // The password is base64url: nothing to escape in the literal (ALTER ROLE takes no parameters).
                st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
                Files.writeString(rules, RULES, StandardCharsets.UTF_8);
                st.execute("SELECT pg_reload_conf()");
            } catch (SQLException e) {
                throw new IllegalStateException("could not turn on password authentication for the embedded PostgreSQL",
                        e);
            }
        }
        awaitEnforced(port);
    }

    /** The stored password of {@code dataDirectory}'s server. */
    static String stored(Path dataDirectory) {
        try {
            return read(dataDirectory.resolve(PASSWORD_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the embedded PostgreSQL's password in " + dataDirectory, e);
        }
    }

    /** Under an old data directory's trust rules no password is asked; otherwise the stored one holds. */
    private static Connection connect(int port, String password) throws SQLException {
        try {
            return DriverManager.getConnection(url(port), SUPERUSER, "");
        } catch (SQLException needsPassword) {
            return DriverManager.getConnection(url(port), SUPERUSER, password);
        }
    }

    /** The server reads pg_hba.conf on its SIGHUP; return only once a connection without the password is refused. */
    private static void awaitEnforced(int port) {
        long deadline = System.nanoTime() + ENFORCED_WITHIN_NANOS;
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(url(port), SUPERUSER, "")) {
                Thread.sleep(50);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the embedded PostgreSQL still accepts connections without a password");
    }

    private static String create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(fresh);
        Files.createFile(fresh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(fresh, password, StandardCharsets.US_ASCII);
        Files.move(fresh, file);
        return password;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }
}
