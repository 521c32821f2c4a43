package org.shoppingapi.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.shoppingapi.rest.auth.InvalidTokenException;
import org.shoppingapi.rest.auth.VerifiedToken;
import org.shoppingapi.rest.json.JsonMapping;

/**
 * A REST slice for tests: the JAX-RS application built exactly as the service builds it
 * ({@link RestApi#resourceConfig}) around the given resources, run in memory (no server, no database), with one
 * bearer token of the given account and scopes. The resources get fake use cases from the test.
 */
public final class RestSlice {

    /** The one token the slice accepts. */
    public static final String TOKEN = "slice-token";
    public static final String CLIENT_ID = "pos-1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationHandler app;

    public RestSlice(String account, Set<String> scopes, Object... resources) {
        this.app = new ApplicationHandler(RestApi.resourceConfig(JsonMapping.create(), token -> {
            if (!token.equals(TOKEN)) {
                throw new InvalidTokenException("unknown");
            }
            return new VerifiedToken(CLIENT_ID, account, scopes);
        }, List.of(resources)));
    }

    /** A use case the request under test must not reach. */
    public static <T> T unexpected() {
        throw new AssertionError("the resource called a use case this request does not need");
    }

    /** What came back: status, body as JSON (null when empty), and the response for its headers. */
    public record Answer(int status, JsonNode body, ContainerResponse response) {

        /** The fields the error body names, in order. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            body.at("/error/errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }

        public String errorCode() {
            return body.at("/error/code").asText();
        }

        public String header(String name) {
            return response.getHeaderString(name);
        }
    }

    /** Sends {@code method path} (below /v1) with the slice's token and {@code body} as JSON when not null. */
    public Answer call(String method, String path, String body) throws Exception {
        return call(method, path, body, "application/json", "Bearer " + TOKEN);
    }

    /** Sends a request with the given content type and Authorization header (either may be null). */
    public Answer call(String method, String path, String body, String contentType, String authorization)
            throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return send(method, path, body, contentType, headers);
    }

    /** Sends {@code method path} with the slice's token, {@code body} as JSON when not null, and further headers. */
    public Answer call(String method, String path, String body, Map<String, String> headers) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Authorization", "Bearer " + TOKEN);
        return send(method, path, body, "application/json", all);
    }

    private Answer send(String method, String path, String body, String contentType, Map<String, String> headers)
            throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/v1/"),
                URI.create("http://localhost/v1" + path), method, null, new MapPropertiesDelegate(), null);
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        String text = out.toString(StandardCharsets.UTF_8);
        return new Answer(response.getStatus(), text.isEmpty() ? null : JSON.readTree(text), response);
    }
}
