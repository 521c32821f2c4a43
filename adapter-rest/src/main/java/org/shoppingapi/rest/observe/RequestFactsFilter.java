package org.shoppingapi.rest.observe;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.auth.AuthenticatedRequest;
import org.shoppingapi.rest.error.ErrorJson;

/**
 * Tells the {@link CurrentRequest} what only JAX-RS knows (the matched route template, the path's account, the
 * token's client id) for the access log and the metrics, and puts the request id into every error body
 * ({@code error.request_id}), so a caller can quote it.
 */
@Priority(Priorities.USER)
public final class RequestFactsFilter implements ContainerResponseFilter {

    /** Joined route templates (a few dozen: the API's routes, not the request paths) → the tidied route. */
    private static final Map<String, String> ROUTES = new ConcurrentHashMap<>();
    private static final Pattern SLASHES = Pattern.compile("/+");
    private static final Pattern TRAILING_SLASH = Pattern.compile("(?<=.)/$");
    private static final Pattern VARIABLE_REGEX = Pattern.compile("\\{(\\w+)\\s*:[^}]*}");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CurrentRequest.get().ifPresent(current -> {
            String route = request.getUriInfo() instanceof ExtendedUriInfo uriInfo ? route(uriInfo) : null;
            String account = request.getUriInfo().getPathParameters().getFirst("aid");
            current.matched(route, account, AuthenticatedRequest.clientId(request).orElse(null));
            if (response.getEntity() instanceof ErrorJson error && error.error().requestId() == null) {
                response.setEntity(error.withRequestId(current.requestId()));
            }
        });
    }

    /**
     * {@code /v1/accounts/{aid}/shopping/draft_orders/{id}} (a variable's regex left out); null when no resource
     * matched (404, 405).
     */
    private static String route(ExtendedUriInfo uriInfo) {
        if (uriInfo.getMatchedResourceMethod() == null) {
            return null;
        }
        List<org.glassfish.jersey.uri.UriTemplate> templates = uriInfo.getMatchedTemplates();
        StringBuilder path = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            String t = templates.get(i).getTemplate();
            if (!t.isEmpty() && !t.equals("/")) {
                path.append(t.startsWith("/") ? "" : "/").append(t);
            }
        }
        // The joined templates are the API's routes, a few dozen: each is tidied once, not on every request (three
        // regular expressions compiled and run per request were ~3 % of a GET's CPU in the benchmark's profile).
        return ROUTES.computeIfAbsent(path.toString(), RequestFactsFilter::tidy);
    }

    private static String tidy(String joinedTemplates) {
        String path = SLASHES.matcher(RestApi.BASE_PATH + joinedTemplates).replaceAll("/");
        path = TRAILING_SLASH.matcher(path).replaceAll("");
        return VARIABLE_REGEX.matcher(path).replaceAll("{$1}");
    }
}
