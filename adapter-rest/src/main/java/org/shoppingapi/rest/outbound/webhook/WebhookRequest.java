package org.shoppingapi.rest.outbound.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.shoppingapi.domain.common.ValueLimits;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;

/**
 * One delivery's HTTP body and signature (SPEC §6): {@code {"account_id", "event", "event_delivery", <payload
 * fields>}} as UTF-8 bytes, and {@code event-signature}, the lowercase hex HMAC-SHA256 of exactly those bytes keyed
 * with the subscription's secret.
 */
public record WebhookRequest(byte[] body, String signature) {

    public static final String EVENT_HEADER = "event";
    public static final String DELIVERY_HEADER = "event-delivery";
    public static final String SIGNATURE_HEADER = "event-signature";
    public static final String REQUEST_ID_HEADER = "request-id";

    private static final List<String> ENVELOPE = List.of("account_id", "event", "event_delivery");

    /** Reads the stored payloads: with the stored-data limits, not the (tighter) limits of request bodies. */
    private static final ObjectMapper STORED = storedPayloadReader();

    /**
     * The event's name in the envelope and the {@code event} header: the API's name of the type (lower case, as
     * subscriptions list it; WireEnumsTest holds the two together), spelled here so the sender needs no API class.
     */
    public static String eventName(EventType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    public static WebhookRequest of(ObjectMapper json, ClaimedDelivery delivery) {
        ObjectNode body = json.createObjectNode();
        body.put("account_id", delivery.accountId());
        body.put("event", eventName(delivery.event()));
        body.put("event_delivery", delivery.id().toString());
        try {
            ObjectNode payload = (ObjectNode) STORED.readTree(delivery.payload());
            for (String field : ENVELOPE) {
                if (payload.has(field)) {
                    throw new IllegalStateException("payload of delivery " + delivery.id() + " overrides " + field);
                }
            }
            body.setAll(payload);
            byte[] bytes = json.writeValueAsBytes(body);
            return new WebhookRequest(bytes, sign(delivery.secret(), bytes));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored payload of delivery " + delivery.id() + " is not a JSON object", e);
        }
    }

    /** Lowercase hex HMAC-SHA256 of {@code body} keyed with the UTF-8 bytes of {@code secret}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * A plain mapper for the payloads the service stored itself, read with the stored-data limits of
     * {@link ValueLimits}, which admit everything the edge accepted.
     */
    private static ObjectMapper storedPayloadReader() {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(ValueLimits.MAX_STORED_NESTING_DEPTH)
                                .maxNumberLength(ValueLimits.MAX_PLAIN_NUMBER_LENGTH)
                                .maxStringLength(ValueLimits.MAX_STRING_LENGTH)
                                .build())
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
