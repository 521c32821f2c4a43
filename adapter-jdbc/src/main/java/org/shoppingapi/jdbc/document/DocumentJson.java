package org.shoppingapi.jdbc.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.shoppingapi.domain.common.ValueLimits;

/**
 * JSON for the JSONB document columns, over the stored-document records of this package only (the signature takes
 * a {@link StoredDocument}, so a domain type cannot be handed in). Strict: an unknown property is an error, never
 * skipped; which fields are required is checked by the hand mappings, which know the path of each.
 */
public final class DocumentJson {

    /**
     * Documents are read with the stored-data limits of {@link ValueLimits}, derived from the same numbers the edge
     * enforces, so whatever a request could put into a document reads back (and nothing larger is trusted).
     */
    public static final StreamReadConstraints STORED_DATA_LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(ValueLimits.MAX_STORED_NESTING_DEPTH)
            .maxNumberLength(ValueLimits.MAX_PLAIN_NUMBER_LENGTH)
            .maxStringLength(ValueLimits.MAX_STRING_LENGTH)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(STORED_DATA_LIMITS).build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Absent fields are left out, but a null inside a pass-through map (metadata) is stored data.
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.ALWAYS))
            .build();

    private DocumentJson() {
    }

    public static String write(StoredDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise " + document.getClass().getSimpleName(), e);
        }
    }

    /** A JSON array of event bodies, as the events column of a read ({@code json_agg}) holds them; SQL NULL is none. */
    public static List<EventRow> readEvents(String json, String row) {
        if (json == null) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<List<EventRow>>() { });
        } catch (JsonProcessingException e) {
            throw new StoredDataException(row, "events: " + e.getOriginalMessage(), e);
        }
    }

    /** Event bodies as one JSON array, for an insert of several event rows in one statement. */
    public static String writeEvents(List<EventRow> events) {
        try {
            return MAPPER.writeValueAsString(events);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise events", e);
        }
    }

    /** The document of {@code row} (named in any error) as {@code type}. */
    public static <T extends StoredDocument> T read(String json, Class<T> type, String row) {
        if (json == null) {
            throw new StoredDataException(row, "the document is missing");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoredDataException(row, e.getOriginalMessage(), e);
        }
    }
}
