package org.shoppingapi.rest.observe;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderName;
import io.helidon.logging.common.HelidonMdc;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.LinkedHashMap;
import org.shoppingapi.rest.idempotency.IdempotencyFilter;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Wraps every HTTP exchange (the API, /openapi and /observe alike): gives it a request id (the caller's
 * {@code X-Request-Id} when valid, else a new one) that is answered in the same header and carried by every log
 * line of the request (MDC key {@value #MDC_KEY}), then writes one access-log line when the answer is sent and
 * reports the exchange to {@link RequestListener}s (metrics). The access line names the route template, never
 * the raw path, query, headers or body, so no token, secret or personal data reaches the log through it.
 */
public final class RequestObservationFilter implements Filter {

    public static final String MDC_KEY = "request_id";
    /** The logger of the access log, so operators can route or silence it on its own. */
    public static final String ACCESS_LOGGER = "org.shoppingapi.access";

    private static final Logger ACCESS = Logger.getLogger(ACCESS_LOGGER);
    private static final HeaderName REQUEST_ID = HeaderNames.create(RequestIds.HEADER);
    private static final HeaderName REPLAYED = HeaderNames.create(IdempotencyFilter.REPLAYED_HEADER);

    private final RequestListener listener;

    public RequestObservationFilter(RequestListener listener) {
        this.listener = listener;
    }

    /** Told about every finished exchange, e.g. to count it in the metrics. */
    public interface RequestListener {
        void finished(Exchange exchange);
    }

    /** One finished exchange: {@code replayed} when the answer was an idempotent replay. */
    public record Exchange(String method, String route, int status, long nanos, boolean replayed) {
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long start = System.nanoTime();
        String id = RequestIds.acceptOrGenerate(request.headers().first(REQUEST_ID).orElse(null));
        CurrentRequest current = CurrentRequest.open(id);
        HelidonMdc.set(MDC_KEY, id);
        response.header(REQUEST_ID, id);
        try {
            chain.proceed();
        } finally {
            long nanos = System.nanoTime() - start;
            String method = request.prologue().method().text();
            String route = route(current, request.path().path());
            int status = response.status().code();
            try {
                access(method, route, status, nanos, current);
                listener.finished(new Exchange(method, route, status, nanos, response.headers().contains(REPLAYED)));
            } finally {
                HelidonMdc.remove(MDC_KEY);
                CurrentRequest.close();
            }
        }
    }

    /** The matched JAX-RS template; fixed paths outside JAX-RS as they are; anything else is not spelled out. */
    static String route(CurrentRequest current, String path) {
        if (current.route() != null) {
            return current.route();
        }
        if (path.equals("/openapi") || path.equals("/observe/health") || path.equals("/observe/metrics")) {
            return path;
        }
        return "(unmatched)";
    }

    private static void access(String method, String route, int status, long nanos, CurrentRequest current) {
        if (!ACCESS.isLoggable(Level.INFO)) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", method);
        fields.put("route", route);
        fields.put("status", status);
        fields.put("duration_ms", Math.round(nanos / 10_000.0) / 100.0);
        fields.put("account", current.accountId() == null ? "-" : current.accountId());
        fields.put("client_id", current.clientId() == null ? "-" : current.clientId());
        fields.put("request_id", current.requestId());
        StringBuilder text = new StringBuilder("access");
        fields.forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        LogRecord record = new LogRecord(Level.INFO, text.toString());
        record.setLoggerName(ACCESS_LOGGER);
        // The JSON log format writes these as fields of their own (see the app's JsonLogFormatter).
        record.setParameters(new Object[] {fields});
        ACCESS.log(record);
    }
}
