package org.shoppingapi.app;

import java.nio.file.Path;
import java.util.Locale;
import org.shoppingapi.jdbc.embedded.EmbeddedPostgresServer;

/**
 * Starts the embedded PostgreSQL, or, on a platform this build has no PostgreSQL binaries for (they are added per
 * platform by Maven profiles: Linux and macOS on x86-64 and arm64), says so in one sentence that names the way out.
 */
final class EmbeddedPostgresStart {

    private EmbeddedPostgresStart() {
    }

    static EmbeddedPostgresServer persistent(Path dataDir) {
        try {
            return EmbeddedPostgresServer.startPersistent(dataDir);
        } catch (IllegalStateException e) {
            if (isMissingBinaries(e)) {
                throw new StartupFailure(missingBinariesMessage(), e);
            }
            throw e;
        }
    }

    /** zonky's words for "no binaries for this OS/architecture on the classpath" (checked by a process test). */
    static boolean isMissingBinaries(IllegalStateException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("postgres binar");
    }

    static String missingBinariesMessage() {
        return "This build has no embedded PostgreSQL for " + System.getProperty("os.name") + " on "
                + System.getProperty("os.arch") + " (it brings one for Linux and macOS on x86-64 and arm64, for the"
                + " platform it was built on): set DB_URL (and DB_USER, DB_PASSWORD) to a PostgreSQL of yours.";
    }
}
