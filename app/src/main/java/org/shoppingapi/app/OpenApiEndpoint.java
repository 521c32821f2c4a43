package org.shoppingapi.app;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.shoppingapi.rest.openapi.OpenApiDocument;

/**
 * {@code GET /openapi}: the OpenAPI document as YAML, or as JSON when the caller's {@code Accept} names
 * {@code application/json}. Public, like the description of any hosted API.
 */
final class OpenApiEndpoint implements Handler {

    static final String PATH = "/openapi";

    private final OpenApiDocument document = OpenApiDocument.load();

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        boolean json = request.headers().first(HeaderNames.ACCEPT).orElse("").contains("application/json");
        response.header(HeaderNames.CONTENT_TYPE, json ? "application/json" : "application/yaml; charset=utf-8");
        response.header(HeaderValues.create(HeaderNames.CACHE_CONTROL, "max-age=300"));
        response.send(json ? document.json() : document.yaml());
    }
}
