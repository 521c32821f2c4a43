package org.shoppingapi.rest.error;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import java.nio.charset.StandardCharsets;

/**
 * Answers the refusals Helidon makes before a request reaches JAX-RS (a body over {@code server.max-payload-size},
 * a malformed request line or header) in the SPEC error body instead of Helidon's plain text.
 */
public final class JsonErrorDirectHandler implements DirectHandler {

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        String code;
        String text;
        if (eventType == EventType.PAYLOAD_TOO_LARGE || status.code() == 413) {
            code = "PAYLOAD_TOO_LARGE";
            text = "request body is larger than the 1 MiB allowed";
        } else if (status.code() >= 500) {
            code = "INTERNAL_ERROR";
            text = "internal error";
        } else {
            code = status.code() == 400 ? "BAD_REQUEST" : "HTTP_" + status.code();
            text = "the request could not be read: " + status.reasonPhrase();
        }
        byte[] body = ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + text + "\",\"errors\":[]}}")
                .getBytes(StandardCharsets.UTF_8);
        headers.set(HeaderValues.CONTENT_TYPE_JSON);
        // Helidon drops the connection after such a refusal (the rest of the body is never read); saying so
        // keeps clients from sending their next request on a socket that is about to close.
        headers.set(HeaderValues.CONNECTION_CLOSE);
        headers.set(HeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(body)
                .build();
    }
}
