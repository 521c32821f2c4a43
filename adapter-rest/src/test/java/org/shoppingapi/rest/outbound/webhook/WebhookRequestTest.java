package org.shoppingapi.rest.outbound.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.rest.json.JsonMapping;

/** The delivery body's envelope and its signature over the exact bytes. */
class WebhookRequestTest {

    private final ObjectMapper json = JsonMapping.create();

    private static ClaimedDelivery delivery(UUID id, String payload) {
        return new ClaimedDelivery(id, UUID.randomUUID(), "T12345678", EventType.SHOPPING_ORDER_EVENT_ADD, payload,
                "https://example.com", "s3cret", 1);
    }

    @Test
    void signs_with_lowercase_hex_hmac_sha256() {
        // The well-known HMAC-SHA256 example (key "key", the quick brown fox).
        assertThat(WebhookRequest.sign("key",
                "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void the_envelope_comes_first_then_the_payload_and_the_signature_covers_exactly_those_bytes() {
        UUID id = UUID.fromString("6f1c6c52-6f4a-4a8c-9d4e-7b2f5a1e0c11");
        ClaimedDelivery claimed = delivery(id, "{\"order_event\":{\"id\":\"e1\",\"amount\":39800},\"order_id\":\"A1\"}");

        WebhookRequest request = WebhookRequest.of(json, claimed);

        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"account_id\":\"T12345678\",\"event\":\"shopping_order_event_add\",\"event_delivery\":\"" + id
                        + "\",\"order_event\":{\"id\":\"e1\",\"amount\":39800},\"order_id\":\"A1\"}");
        assertThat(request.signature()).isEqualTo(WebhookRequest.sign("s3cret", request.body()));
        assertThat(request.signature()).matches("[0-9a-f]{64}");
        assertThat(WebhookRequest.of(json, claimed).body()).as("retries send the same bytes").isEqualTo(request.body());
    }

    @Test
    void a_stored_payload_that_is_not_an_object_or_hides_the_envelope_is_a_bug_not_a_delivery() {
        assertThatThrownBy(() -> WebhookRequest.of(json, delivery(UUID.randomUUID(), "[1]")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> WebhookRequest.of(json, delivery(UUID.randomUUID(), "{\"event\":{}}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("overrides event");
    }
}
