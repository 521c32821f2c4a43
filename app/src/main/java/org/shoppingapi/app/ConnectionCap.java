package org.shoppingapi.app;

import com.sun.management.UnixOperatingSystemMXBean;
import io.helidon.config.Config;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How many TCP connections the listener holds open at once (SPEC §1). Helidon acquires a connection permit before it
 * accepts, so with the cap below the process's file-descriptor limit an accept never fails for want of a descriptor
 * (such a failure would end Helidon's listener for good); further clients wait in the kernel's backlog until a
 * connection closes. Unless configured ({@code server.max-tcp-connections}), the cap is three quarters of the
 * descriptors still free at start: the rest stay for the database pool, webhook deliveries and files.
 */
final class ConnectionCap {

    static final int MOST = 10_000;
    private static final int LEAST = 16;

    private ConnectionCap() {
    }

    /** The configured cap, or one derived from this process's descriptor limit. */
    static int of(Config server) {
        return server.get("max-tcp-connections").asInt().orElseGet(ConnectionCap::fromDescriptorLimit);
    }

    private static int fromDescriptorLimit() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (!(os instanceof UnixOperatingSystemMXBean unix)) {
            return MOST;
        }
        long free = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
        return (int) Math.max(LEAST, Math.min(MOST, free * 3 / 4));
    }
}
