package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checkout settings from the environment variables SPEC §7 names, and refusal of half a configuration. */
class CheckoutSettingsTest {

    private static CheckoutSettings from(Map<String, String> environment) {
        return CheckoutSettings.from(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentVariables.expand(environment)),
                        ConfigSources.classpath("application.yaml"))
                .build());
    }

    @Test
    void nothing_configured_means_no_provider() {
        CheckoutSettings settings = from(Map.of());
        assertThat(settings.urlTemplate()).isEmpty();
        assertThat(settings.api()).isEmpty();
    }

    @Test
    void the_url_template_and_the_checkout_api_come_from_their_variables() {
        assertThat(from(Map.of("CHECKOUT_URL_TEMPLATE", "https://pay.example.com/{session_id}")).urlTemplate())
                .hasValue("https://pay.example.com/{session_id}");

        CheckoutSettings api = from(Map.of("CHECKOUT_API_URL", "https://checkout.example.com",
                "CHECKOUT_ACCOUNT_ID", "T12345678", "CHECKOUT_CLIENT_ID", "id-1", "CHECKOUT_CLIENT_SECRET", "s3cret"));
        assertThat(api.api()).hasValueSatisfying(a -> {
            assertThat(a.apiUrl()).isEqualTo(URI.create("https://checkout.example.com"));
            assertThat(a.accountId()).isEqualTo("T12345678");
            assertThat(a.clientId()).isEqualTo("id-1");
            assertThat(a.clientSecret()).isEqualTo("s3cret");
            assertThat(a.timeout()).as("the default").isEqualTo(Duration.ofSeconds(5));
        });
        assertThat(api.toString()).doesNotContain("s3cret");
        assertThat(from(Map.of("CHECKOUT_API_URL", "https://checkout.example.com", "CHECKOUT_ACCOUNT_ID", "T1",
                "CHECKOUT_CLIENT_ID", "i", "CHECKOUT_CLIENT_SECRET", "s", "CHECKOUT_TIMEOUT", "PT2S")).api().get()
                .timeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void half_a_configuration_or_both_providers_stop_the_start() {
        assertThatThrownBy(() -> from(Map.of("CHECKOUT_API_URL", "https://checkout.example.com",
                "CHECKOUT_ACCOUNT_ID", "T12345678")))
                .hasMessage("CHECKOUT_API_URL is set but CHECKOUT_CLIENT_ID, CHECKOUT_CLIENT_SECRET are not");
        assertThatThrownBy(() -> from(Map.of("CHECKOUT_URL_TEMPLATE", "https://pay.example.com/{session_id}",
                "CHECKOUT_API_URL", "https://checkout.example.com", "CHECKOUT_ACCOUNT_ID", "T1",
                "CHECKOUT_CLIENT_ID", "i", "CHECKOUT_CLIENT_SECRET", "s")))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> from(Map.of("CHECKOUT_API_URL", "checkout.example.com", "CHECKOUT_ACCOUNT_ID", "T1",
                "CHECKOUT_CLIENT_ID", "i", "CHECKOUT_CLIENT_SECRET", "s")))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> from(Map.of("CHECKOUT_API_URL", "https://checkout.example.com",
                "CHECKOUT_ACCOUNT_ID", "T1", "CHECKOUT_CLIENT_ID", "i", "CHECKOUT_CLIENT_SECRET", "s",
                "CHECKOUT_TIMEOUT", "5s")))
                .hasMessageContaining("ISO-8601");
    }
}
