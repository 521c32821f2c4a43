package org.shoppingapi.rest.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's OpenAPI 3.1 description, written once as {@code openapi.yaml} beside this class and answered as it is
 * (YAML) or converted to JSON. Tests hold it to the routes the service really has and to every exchange of the
 * end-to-end tests, so it cannot drift from the code.
 */
public final class OpenApiDocument {

    /** Where the document lives on the class path. */
    public static final String RESOURCE = "org/shoppingapi/rest/openapi/openapi.yaml";

    private final String yaml;
    private final String json;

    private OpenApiDocument(String yaml, String json) {
        this.yaml = yaml;
        this.json = json;
    }

    /** Reads the document once; it never changes while the service runs. */
    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String json = new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new YAMLMapper().readTree(yaml));
            return new OpenApiDocument(yaml, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public String yaml() {
        return yaml;
    }

    public String json() {
        return json;
    }
}
