package org.shoppingapi.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * The one JSON configuration of the wire format: snake_case, RFC 3339 UTC timestamps, unknown fields ignored, and
 * SPEC §1's input rules applied while a body is read ({@link CheckedJsonFactory}).
 */
public final class JsonMapping {

    private JsonMapping() {
    }

    public static ObjectMapper create() {
        return JsonMapper.builder(new CheckedJsonFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                // Registered after JavaTimeModule, so it reads every Instant of a request.
                .addModule(new SimpleModule("rfc3339").addDeserializer(Instant.class, new Rfc3339Instants()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // SPEC §1: real clients send extra fields (amount, unit_price, splits); they are ignored.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Money is integral: 10.5 øre must be refused, not truncated to 10.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // A text field takes text: {"comment": 1e305} or {"secret": false} would otherwise be stored as the
                // text "1.0E305" or "false", which the client never sent and the OpenAPI document refuses.
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // And a number takes a number: a blank string ("quantity": "\r\n\t") is not an absent one.
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail).setAcceptBlankAsEmpty(false))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail).setAcceptBlankAsEmpty(false))
                // Absent fields are left out, but a null inside a pass-through map (metadata) is the client's data.
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS))
                .build();
    }

    /** JavaTimeModule's reading of an instant, refusing one outside {@link Rfc3339#inRange} as a wrong format. */
    private static final class Rfc3339Instants extends StdDeserializer<Instant> {

        Rfc3339Instants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (instant == null || Rfc3339.inRange(instant)) {
                return instant;
            }
            return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(),
                    "the year must have four digits (RFC 3339)");
        }
    }
}
