package org.shoppingapi.rest.observe;

import java.util.Optional;

/**
 * What is known about the HTTP request the current thread serves: its id from the start, then (once JAX-RS has
 * matched and authenticated it) its route template, account and client id. Helidon runs each request, Jersey
 * included, on one virtual thread, so a thread-local is the request's scope; {@link RequestObservationFilter}
 * opens and closes it around the whole exchange.
 */
public final class CurrentRequest {

    private static final ThreadLocal<CurrentRequest> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private volatile String route;
    private volatile String accountId;
    private volatile String clientId;

    private CurrentRequest(String requestId) {
        this.requestId = requestId;
    }

    static CurrentRequest open(String requestId) {
        CurrentRequest request = new CurrentRequest(requestId);
        CURRENT.set(request);
        return request;
    }

    static void close() {
        CURRENT.remove();
    }

    /** The request being served on this thread, if any (none on background threads). */
    public static Optional<CurrentRequest> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current request's id, or null outside a request (e.g. the webhook dispatcher). */
    public static String requestIdOrNull() {
        CurrentRequest request = CURRENT.get();
        return request == null ? null : request.requestId;
    }

    public String requestId() {
        return requestId;
    }

    public String route() {
        return route;
    }

    public String accountId() {
        return accountId;
    }

    public String clientId() {
        return clientId;
    }

    void matched(String route, String accountId, String clientId) {
        this.route = route;
        this.accountId = accountId;
        this.clientId = clientId;
    }
}
