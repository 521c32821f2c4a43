package org.shoppingapi.rest.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shoppingapi.rest.error.ApiException;

/**
 * What {@link BearerTokenFilter} left on an authenticated request (the token's client id and scopes), and checks
 * a resource may add on top of its route's {@link RequiresScopes}, e.g. for {@code apply_discounts=true}:
 * {@code AuthenticatedRequest.requireAnyScope(request, Scopes.APPLY_DISCOUNTS)}.
 */
public final class AuthenticatedRequest {

    /** Request property with the client id of the request's valid token. */
    public static final String CLIENT_ID_PROPERTY = "org.shoppingapi.client_id";
    /** Request property with the token's scopes, a {@code Set<String>}. */
    public static final String SCOPES_PROPERTY = "org.shoppingapi.scopes";

    private AuthenticatedRequest() {
    }

    /** The token's client id; empty on a public endpoint. */
    public static Optional<String> clientId(ContainerRequestContext request) {
        return Optional.ofNullable((String) request.getProperty(CLIENT_ID_PROPERTY));
    }

    /** The token's scopes; empty on a public endpoint. */
    @SuppressWarnings("unchecked")
    public static Set<String> scopes(ContainerRequestContext request) {
        Object scopes = request.getProperty(SCOPES_PROPERTY);
        return scopes == null ? Set.of() : (Set<String>) scopes;
    }

    /** True when the token holds at least one of {@code accepted}. */
    public static boolean hasAnyScope(ContainerRequestContext request, Collection<String> accepted) {
        Set<String> granted = scopes(request);
        return accepted.stream().anyMatch(granted::contains);
    }

    /** Refuses the request with 403 unless the token holds at least one of {@code accepted}. */
    public static void requireAnyScope(ContainerRequestContext request, Collection<String> accepted) {
        if (!hasAnyScope(request, accepted)) {
            throw missingScope(List.copyOf(accepted));
        }
    }

    static ApiException missingScope(List<String> accepted) {
        return ApiException.forbidden("this request needs one of the scopes: " + String.join(", ", accepted));
    }
}
