package org.shoppingapi.app.server;

import io.helidon.common.mapper.MapperManager;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes Helidon's global mapper manager a plain static instead of a service-registry look-up per use. Helidon reads
 * the {@code Content-Length} of every request with a body and of every response through
 * {@code Header.get(long.class)}, which asks {@code MapperManager.global()}; unless an instance was set, that is a
 * service-registry look-up each time (tens of microseconds under load: a profile of a POST showed about a tenth of
 * its CPU there). Setting the instance once, before anything resolves it, makes it a field read; the registry then
 * holds the same instance, so nothing else changes. Helidon marks the API for removal (it has no replacement yet);
 * when it goes, so does this class.
 */
public final class HelidonMappers {

    private static final AtomicBoolean PINNED = new AtomicBoolean();

    private HelidonMappers() {
    }

    /** Sets the global mapper manager once per JVM; later calls do nothing. */
    @SuppressWarnings("removal")
    public static void pinGlobal() {
        if (PINNED.compareAndSet(false, true)) {
            MapperManager.global(MapperManager.create());
        }
    }
}
