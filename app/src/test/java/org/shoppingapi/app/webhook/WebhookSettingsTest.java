package org.shoppingapi.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook settings: application.yaml defaults, environment overrides, and refusal of unsafe values. */
class WebhookSettingsTest {

    private static Config config(Map<String, String> environment) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentVariables.expand(environment)),
                        ConfigSources.classpath("application.yaml"))
                .build();
    }

    @Test
    void defaults_come_from_application_yaml() {
        WebhookSettings settings = WebhookSettings.from(config(Map.of()));
        assertThat(settings.dispatch()).isTrue();
        assertThat(settings.poll()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.maxAttempts()).isEqualTo(15);
        assertThat(settings.backoffBase()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.backoffMax()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.lease()).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.concurrency()).isEqualTo(16);
        assertThat(settings.retryPolicy().maxAttempts()).isEqualTo(15);
    }

    @Test
    void environment_variables_override_each_key() {
        WebhookSettings settings = WebhookSettings.from(config(Map.of(
                "WEBHOOKS_DISPATCH", "false",
                "WEBHOOKS_POLL", "PT0.25S",
                "WEBHOOKS_TIMEOUT", "PT3S",
                "WEBHOOKS_ATTEMPTS", "5",
                "WEBHOOKS_BACKOFF_BASE", "PT2S",
                "WEBHOOKS_BACKOFF_MAX", "PT10M",
                "WEBHOOKS_LEASE", "PT20S",
                "WEBHOOKS_CONCURRENCY", "4",
                "WEBHOOKS_ACCOUNT_CONCURRENCY", "2",
                "WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true")));
        assertThat(settings).isEqualTo(new WebhookSettings(false, Duration.ofMillis(250), Duration.ofSeconds(3), 5,
                Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(20), 4, 2, true));
    }

    @Test
    void refuses_a_lease_shorter_than_an_attempt_and_other_nonsense() {
        assertThatThrownBy(() -> WebhookSettings.from(config(Map.of("WEBHOOKS_LEASE", "PT12S"))))
                .hasMessageContaining("webhooks.lease");
        assertThatThrownBy(() -> WebhookSettings.from(config(Map.of("WEBHOOKS_TIMEOUT", "10s"))))
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> WebhookSettings.from(config(Map.of("WEBHOOKS_ATTEMPTS", "0"))))
                .hasMessageContaining("webhooks.attempts");
        assertThatThrownBy(() -> WebhookSettings.from(config(Map.of("WEBHOOKS_POLL", "PT0S"))))
                .hasMessageContaining("webhooks.poll");
        assertThatThrownBy(() -> WebhookSettings.from(config(Map.of("WEBHOOKS_CONCURRENCY", "0"))))
                .hasMessageContaining("webhooks.concurrency");
    }
}
