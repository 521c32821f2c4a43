package org.shoppingapi.app;

import io.helidon.config.Config;

/** Loads the service's configuration: environment variables and system properties over {@code application.yaml}. */
public final class ServiceConfig {

    private ServiceConfig() {
    }

    /**
     * Helidon's defaults, without {@code ${...}} value expansion: SHOPPING_CLIENTS and AUTH_SIGNING_KEY carry secrets
     * and keys that must arrive exactly as written (a secret {@code a${HOME}b} would otherwise become {@code a/rootb}).
     */
    public static Config load() {
        return Config.builder().disableValueResolving().build();
    }
}
