package org.shoppingapi.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.event.ServiceEvent;

/**
 * JSON for the JSONB document columns. The documents hold the domain records as they are (Jackson reads
 * records through their canonical constructors, so the domain needs no annotations); the store contract
 * tests round-trip every field so a change of the model cannot silently drop stored data.
 */
public final class DocumentJson {

    /** The sealed event interface is stored with its wire type name, added here so the domain stays annotation-free. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event_type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ApiEvent.class, name = ApiEvent.TYPE),
            @JsonSubTypes.Type(value = ServiceEvent.class, name = ServiceEvent.TYPE)})
    private interface OrderEventTypes {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .addMixIn(OrderEvent.class, OrderEventTypes.class)
            // Drafts stored before events carried their type name still read as api-events.
            .enable(MapperFeature.USE_BASE_TYPE_AS_DEFAULT_IMPL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Absent fields are left out, but a null inside a pass-through map (metadata) is stored data.
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.ALWAYS))
            .build();

    private DocumentJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " document is unreadable", e);
        }
    }
}
