package org.shoppingapi.jdbc.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import org.shoppingapi.jdbc.document.DocumentJson;

/**
 * The client's metadata of a payment session as a JSONB column: a plain map, never a domain type. Read with the
 * documents' stored-data limits ({@link DocumentJson#STORED_DATA_LIMITS}), and decimals as exact BigDecimals so they
 * read back as sent.
 */
final class MetadataJson {

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(DocumentJson.STORED_DATA_LIMITS).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private MetadataJson() {
    }

    static String write(Map<String, Object> metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise a session's metadata", e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored session's metadata is not JSON", e);
        }
    }
}
