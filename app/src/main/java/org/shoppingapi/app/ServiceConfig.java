package org.shoppingapi.app;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Loads the service's configuration: environment variables and system properties over {@code application.yaml}. */
public final class ServiceConfig {

    /**
     * Keys with a dash that {@code application.yaml} leaves commented out (no default), so they cannot be found by
     * walking it; every other dashed key is read from the file itself.
     */
    private static final Set<String> OPTIONAL_DASHED_KEYS = Set.of("auth.signing-key", "server.max-tcp-connections",
            "checkout.url-template", "checkout.api-url", "checkout.account-id", "checkout.client-id",
            "checkout.client-secret");

    private ServiceConfig() {
    }

    /** The configuration of this process: its environment, its system properties, then the defaults. */
    public static Config load() {
        return load(System.getenv());
    }

    /**
     * Helidon's defaults, without {@code ${...}} value expansion: SHOPPING_CLIENTS and AUTH_SIGNING_KEY carry secrets
     * and keys that must arrive exactly as written (a secret {@code a${HOME}b} would otherwise become {@code a/rootb}).
     * Helidon maps {@code AUTH_BCRYPT_COST} to {@code auth.bcrypt.cost} only, never to the key {@code auth.bcrypt-cost}
     * the service reads; so every dashed key also gets the variable its name gives in capitals with underscores
     * (SPEC §7), which is what the README's Configuration table promises.
     */
    static Config load(Map<String, String> environment) {
        Map<String, String> variables = new LinkedHashMap<>(EnvironmentVariables.expand(environment));
        variables.putAll(dashedKeys(environment));
        return Config.builder()
                .disableValueResolving()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.systemProperties(), ConfigSources.create(variables),
                        ConfigSources.classpath("application.yaml"))
                .build();
    }

    /** {@code auth.bcrypt-cost} → the value of {@code AUTH_BCRYPT_COST}, for each dashed key that is set. */
    static Map<String, String> dashedKeys(Map<String, String> environment) {
        Set<String> keys = new TreeSet<>(OPTIONAL_DASHED_KEYS);
        Config.just(ConfigSources.classpath("application.yaml")).traverse()
                .filter(Config::isLeaf)
                .map(node -> node.key().toString())
                .filter(key -> key.contains("-"))
                .forEach(keys::add);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            String variable = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            String value = environment.get(variable);
            if (value != null) {
                values.put(key, value);
            }
        }
        return values;
    }
}
