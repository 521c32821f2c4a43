package org.shoppingapi.rest;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses a request whose body length is ambiguous (SPEC §1): {@code Content-Length} headers that disagree, or
 * {@code Content-Length} together with {@code Transfer-Encoding}. Helidon would take the first length and read the
 * rest of the body as a second request (request smuggling past a proxy that took the other length). The answer is a
 * 400 in the SPEC error body that closes the connection, so nothing after the headers is ever read as a request.
 */
public final class RequestFramingFilter implements Filter {

    private static final String AMBIGUOUS_LENGTH = "the body length is ambiguous: send one Content-Length or"
            + " Transfer-Encoding: chunked, not both and not two different lengths";

    private static final byte[] BODY = ("{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"" + AMBIGUOUS_LENGTH
            + "\",\"errors\":[{\"field\":\"Content-Length\",\"message\":\"" + AMBIGUOUS_LENGTH + "\"}]}}")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        List<String> lengths = request.headers().all(HeaderNames.CONTENT_LENGTH, List::of);
        boolean chunked = request.headers().contains(HeaderNames.TRANSFER_ENCODING);
        if (distinctValues(lengths) > 1 || (!lengths.isEmpty() && chunked)) {
            response.status(Status.BAD_REQUEST_400);
            response.header(HeaderValues.CONNECTION_CLOSE);
            response.header(HeaderValues.CONTENT_TYPE_JSON);
            response.send(BODY);
            // Helidon would read on after the length it chose; only this exception makes it drop the connection.
            throw new CloseConnectionException("ambiguous request body length");
        }
        chain.proceed();
    }

    /** Distinct lengths named, counting the values of a comma-separated header one by one. */
    private static int distinctValues(List<String> headers) {
        Set<String> values = new HashSet<>();
        for (String header : headers) {
            for (String value : header.split(",")) {
                values.add(value.trim());
            }
        }
        return values.size();
    }
}
