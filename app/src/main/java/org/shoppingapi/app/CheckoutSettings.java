package org.shoppingapi.app;

import io.helidon.config.Config;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoppingapi.rest.outbound.checkout.CheckoutApiPaymentSessions;

/**
 * The checkout provider behind payment sessions (SPEC §5b, §7), from {@code checkout.*}: either a URL template
 * ({@code CHECKOUT_URL_TEMPLATE}) or a Checkout API ({@code CHECKOUT_API_URL}, {@code CHECKOUT_ACCOUNT_ID},
 * {@code CHECKOUT_CLIENT_ID}, {@code CHECKOUT_CLIENT_SECRET}; {@code CHECKOUT_TIMEOUT}, default 5 s), or neither.
 * Both, or an API URL without its credentials, is refused at start.
 */
public record CheckoutSettings(Optional<String> urlTemplate, Optional<CheckoutApiPaymentSessions.Settings> api) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public CheckoutSettings {
        if (urlTemplate.isPresent() && api.isPresent()) {
            throw new IllegalArgumentException("configure one checkout provider: CHECKOUT_URL_TEMPLATE or "
                    + "CHECKOUT_API_URL, not both");
        }
    }

    public static CheckoutSettings from(Config config) {
        Config checkout = config.get("checkout");
        Optional<String> template = text(checkout, "url-template");
        Optional<String> apiUrl = text(checkout, "api-url");
        if (apiUrl.isEmpty()) {
            return new CheckoutSettings(template, Optional.empty());
        }
        List<String> missing = new ArrayList<>();
        Optional<String> account = required(checkout, "account-id", "CHECKOUT_ACCOUNT_ID", missing);
        Optional<String> clientId = required(checkout, "client-id", "CHECKOUT_CLIENT_ID", missing);
        Optional<String> secret = required(checkout, "client-secret", "CHECKOUT_CLIENT_SECRET", missing);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("CHECKOUT_API_URL is set but " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not");
        }
        URI uri = URI.create(apiUrl.get().trim());
        if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase())) {
            throw new IllegalArgumentException("CHECKOUT_API_URL must be an absolute http(s) URL, e.g. "
                    + "https://checkout.example.com");
        }
        return new CheckoutSettings(template, Optional.of(new CheckoutApiPaymentSessions.Settings(uri,
                account.get(), clientId.get(), secret.get(), timeout(checkout))));
    }

    private static Duration timeout(Config checkout) {
        String text = text(checkout, "timeout").orElse(null);
        if (text == null || text.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            Duration value = Duration.parse(text.trim());
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("CHECKOUT_TIMEOUT must be positive");
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("CHECKOUT_TIMEOUT must be an ISO-8601 duration such as PT5S", e);
        }
    }

    private static Optional<String> required(Config checkout, String key, String variable, List<String> missing) {
        Optional<String> value = text(checkout, key);
        if (value.isEmpty()) {
            missing.add(variable);
        }
        return value;
    }

    /**
     * {@code key} as written in {@code application.yaml} ({@code url-template}), else as Helidon reads the environment
     * variable ({@code CHECKOUT_URL_TEMPLATE} becomes {@code checkout.url.template}).
     */
    private static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional()
                .or(() -> config.get(key.replace('-', '.')).asString().asOptional())
                .filter(s -> !s.isBlank());
    }

    /** Never prints the client secret. */
    @Override
    public String toString() {
        return "CheckoutSettings[urlTemplate=" + urlTemplate + ", api=" + api + "]";
    }
}
