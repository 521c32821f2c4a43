package org.shoppingapi.rest.observe;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
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
        return RestApi.BASE_PATH + path.toString().replaceAll("/+", "/").replaceAll("(?<=.)/$", "")
                .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    }
}
