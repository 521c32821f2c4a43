package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoppingapi.app.webhook.WebhookSettings;
import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.rest.outbound.checkout.CheckoutApiPaymentSessions;

/** Reading SHOPPING_CLIENTS: what is accepted, and that a mistake is named without quoting a secret. */
class ClientProvisioningTest {

    static final String SECRET = "SUPER-SECRET-VALUE";

    @Test
    void reads_every_entry() {
        List<RegisterClientCommand> commands = ClientProvisioning.parse("""
                [{"account_id": "T12345678", "client_id": "pos", "client_secret": "%s", "scopes": ["admin:shopping"]},
                 {"account_id": "P00000001", "client_id": "erp", "client_secret": "x${HOME}y",
                  "scopes": ["read:shopping", "write:hooks"], "note": "ignored"}]""".formatted(SECRET));

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).clientId()).hasValue("pos");
        assertThat(commands.get(0).clientSecret()).hasValue(SECRET);
        assertThat(commands.get(1).accountId()).isEqualTo("P00000001");
        assertThat(commands.get(1).clientSecret()).hasValue("x${HOME}y");
        assertThat(commands.get(1).scopes()).containsExactly("read:shopping", "write:hooks");
        assertThat(ClientProvisioning.parse("[]")).isEmpty();
    }

    @Test
    void mistakes_name_the_entry_and_field_and_never_quote_the_text() {
        assertRefused("[{\"account_id\": \"T12345678\", \"client_id\": \"pos\", \"client_secret\": " + SECRET + "}]",
                "SHOPPING_CLIENTS is not valid JSON (line 1");
        assertRefused("{\"client_secret\": \"" + SECRET + "\"}", "must be a JSON array");
        assertRefused("[{\"account_id\": \"T12345678\", \"client_secret\": \"" + SECRET + "\", \"scopes\": []}]",
                "SHOPPING_CLIENTS[0].client_id is required");
        assertRefused("[{\"account_id\": \"T1\", \"client_id\": \"c\", \"client_secret\": \"" + SECRET
                + "\", \"scopes\": [\"read:shopping\"]}]", "SHOPPING_CLIENTS[0]: aid must match");
        assertRefused("[{\"account_id\": \"T12345678\", \"client_id\": \"c\", \"client_secret\": \"" + SECRET
                + "\", \"scopes\": [\"read:shopping\", \"root\"]}]", "SHOPPING_CLIENTS[0]: scopes[1] is not a known scope");
        assertRefused("[{\"account_id\": \"T12345678\", \"client_id\": \"c\", \"client_secret\": \"" + SECRET
                + "\", \"scopes\": \"read:shopping\"}]", "SHOPPING_CLIENTS[0].scopes must be an array");
        assertRefused("[\"" + SECRET + "\"]", "SHOPPING_CLIENTS[0] must be an object");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> ClientProvisioning.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET))
                .satisfies(e -> assertThat(e.getCause()).isNull());
    }

    @Test
    void nothing_configured_registers_nothing() {
        assertThat(ClientProvisioning.register(Optional.empty(), command -> {
            throw new AssertionError("nothing to register");
        })).isEmpty();
    }

    @Test
    void settings_never_print_secrets() {
        ServiceSettings settings = new ServiceSettings(Optional.of("jdbc:postgresql://h/db?password=pw1"), "u", "pw2", 2,
                org.shoppingapi.jdbc.PostgresDatabase.Timeouts.DEFAULT,
                Path.of("/tmp"), Optional.of(SECRET),
                new AuthSettings(Optional.of("KEY-MATERIAL"), "i", Duration.ofSeconds(1), 4),
                new WebhookSettings(true, Duration.ofSeconds(1), Duration.ofSeconds(10), 15, Duration.ofSeconds(5),
                        Duration.ofHours(1), Duration.ofSeconds(40), 16, 4, false),
                new CheckoutSettings(Optional.empty(), Optional.of(new CheckoutApiPaymentSessions.Settings(
                        URI.create("https://checkout.example.com"), "T1", "c", "CHECKOUT-SECRET", Duration.ofSeconds(5)))));

        assertThat(settings.toString()).doesNotContain("pw1", "pw2", SECRET, "KEY-MATERIAL", "CHECKOUT-SECRET");
    }
}
