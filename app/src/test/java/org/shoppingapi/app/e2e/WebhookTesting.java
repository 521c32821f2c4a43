package org.shoppingapi.app.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What the webhook end-to-end tests share: fast dispatcher settings and a receiver-side signature check. */
final class WebhookTesting {

    /** Short waits so retries happen within a test's patience; the lease stays above timeout + 5 s. */
    static final Map<String, String> FAST = Map.of(
            "webhooks.poll", "PT0.1S",
            // Not shorter: a first attempt on a loaded 2-core machine (classes loading, first connection) can take
            // over a second, and a timed-out attempt that reached the receiver is sent again (at least once).
            "webhooks.timeout", "PT3S",
            "webhooks.attempts", "4",
            "webhooks.backoff.base", "PT0.05S",
            "webhooks.backoff.max", "PT0.2S",
            "webhooks.lease", "PT8S",
            // The receivers listen on loopback, which SPEC §6 refuses unless allowed.
            "webhooks.allow.private.targets", "true");

    static final String DRAFT = """
            {"order": {"currency": "NOK", "items": [
              {"id": "chair", "line_id": 1, "quantity": 1, "gross_amount": 39800, "tax_lines": [{"percentage": 25}],
               "discount_lines": [{"amount": 11960, "discount_type": "customer"}]}]}}
            """;

    private WebhookTesting() {
    }

    static Map<String, String> fast(String key, String value) {
        Map<String, String> config = new java.util.HashMap<>(FAST);
        config.put(key, value);
        return config;
    }

    static String subscription(String url, String secret, String... events) {
        return "{\"config\": {\"url\": \"" + url + "\", \"content_type\": \"application/json\", \"secret\": \""
                + secret + "\"}, \"events\": [\"" + String.join("\", \"", events) + "\"]}";
    }

    /** What a receiver does: HMAC-SHA256 over the raw body bytes, keyed with the secret, as lowercase hex. */
    static String expectedSignature(String secret, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
