package org.shoppingapi.rest.idempotency;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import org.shoppingapi.ports.in.idempotency.BeginRequestCommand;
import org.shoppingapi.ports.in.idempotency.IdempotencyDecision;
import org.shoppingapi.ports.in.idempotency.IdempotentRequest;
import org.shoppingapi.ports.in.idempotency.IdempotentRequestsUseCase;
import org.shoppingapi.ports.in.idempotency.RecordedResponse;
import org.shoppingapi.rest.auth.BearerTokenFilter;
import org.shoppingapi.rest.auth.PublicEndpoint;

/**
 * {@code Idempotency-Key} for every POST under {@code /accounts/{aid}} (SPEC §1). Before the resource runs, the key's
 * first response is replayed, a different request with the key refused, or the request set to run under the key:
 * its first transaction claims the key and nothing of it commits until its answer is recorded. After the resource, a
 * 5xx rolls everything back (a retry runs afresh), an answer without a body is recorded here, and one with a body by
 * {@link IdempotentResponseRecorder}, before the first byte goes out. It runs after authentication, so only an
 * authorised request can claim a key; a public route (the token endpoint) never does.
 */
@Priority(Priorities.USER)
public final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a replayed answer, so a client (and a test) can tell a replay from a first answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    static final String STATUS = IdempotencyFilter.class.getName() + ".status";

    private final IdempotentRequestsUseCase requests;
    @Context
    private ResourceInfo resource;

    public IdempotencyFilter(IdempotentRequestsUseCase requests) {
        this.requests = requests;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        String accountId = request.getUriInfo().getPathParameters().getFirst("aid");
        if (!"POST".equals(request.getMethod()) || key == null || accountId == null || publicEndpoint()) {
            return;
        }
        // The body is read here to fingerprint it and handed on unchanged; the server bounds its size (1 MiB).
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        URI uri = request.getUriInfo().getRequestUri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        IdempotencyDecision decision = requests.begin(new BeginRequestCommand(accountId, key,
                RequestFingerprint.of(request.getMethod(), target, body)));
        switch (decision) {
            case IdempotencyDecision.Proceed proceed -> request.setProperty(CLAIM, proceed.request());
            case IdempotencyDecision.Replay replay -> request.abortWith(replay(replay.response()));
        }
    }

    /**
     * A route open without a token (the token endpoint) never claims a key: its caller is not known before it runs,
     * so a stored answer (an access token) would be replayed to anyone who sends the same key and body.
     */
    private boolean publicEndpoint() {
        Method method = resource.getResourceMethod();
        return method == null || BearerTokenFilter.declared(method, resource.getResourceClass(), PublicEndpoint.class);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof IdempotentRequest keyed)) {
            return;
        }
        if (response.getStatus() >= 500) {
            // Our failure, not the request's: nothing of it stays, and a retry with the same key runs afresh.
            request.removeProperty(CLAIM);
            keyed.abandon();
        } else if (!response.hasEntity()) {
            request.removeProperty(CLAIM);
            keyed.finish(new RecordedResponse(response.getStatus(), null,
                    response.getHeaderString(HttpHeaders.ETAG), new byte[0]));
        } else {
            request.setProperty(STATUS, response.getStatus());
        }
    }

    /** The first answer again, marked as a replay. */
    static Response replay(RecordedResponse recorded) {
        Response.ResponseBuilder answer = Response.status(recorded.status()).header(REPLAYED_HEADER, "true");
        if (recorded.etag() != null) {
            answer.header(HttpHeaders.ETAG, recorded.etag());
        }
        if (recorded.body().length > 0) {
            answer.entity(recorded.body()).header(HttpHeaders.CONTENT_TYPE, recorded.contentType());
        }
        return answer.build();
    }
}
