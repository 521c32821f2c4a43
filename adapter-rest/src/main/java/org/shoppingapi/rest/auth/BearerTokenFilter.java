package org.shoppingapi.rest.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.shoppingapi.rest.error.ApiException;
import org.shoppingapi.rest.error.ErrorMapper;

/**
 * The one place that authenticates and authorises (SPEC §1): every matched route needs a valid bearer token unless
 * it is a {@link PublicEndpoint}; the token's account must be the path's {@code aid} (403) and it must hold one of
 * the route's {@link RequiresScopes} (403). A route that declares neither is refused: forgetting the annotation
 * fails closed. Runs after {@code AccountPathFilter}, so a malformed {@code aid} is still 400 first.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());
    private static final String CHALLENGE = "Bearer realm=\"shopping-api\"";

    private final TokenVerifier tokens;

    @Context
    private ResourceInfo resource;

    public BearerTokenFilter(TokenVerifier tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method != null && declared(method, type, PublicEndpoint.class)) {
            return;
        }
        Optional<String> bearer = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (bearer.isEmpty()) {
            request.abortWith(unauthorized(CHALLENGE, "a bearer token is required (Authorization: Bearer <token>)"));
            return;
        }
        VerifiedToken token;
        try {
            token = tokens.verify(bearer.get());
        } catch (InvalidTokenException e) {
            request.abortWith(unauthorized(CHALLENGE + ", error=\"invalid_token\"",
                    "the bearer token is invalid or expired"));
            return;
        }
        Optional<RequiresScopes> required = method == null ? Optional.empty() : requiredScopes(method, type);
        if (required.isEmpty()) {
            LOG.severe("refused " + request.getMethod() + " " + request.getUriInfo().getPath()
                    + ": the route declares no @RequiresScopes");
            request.abortWith(forbidden("this route is not open to any scope"));
            return;
        }
        String aid = request.getUriInfo().getPathParameters().getFirst("aid");
        if (aid != null && !aid.equals(token.accountId())) {
            request.abortWith(forbidden("the token is not valid for account " + aid));
            return;
        }
        List<String> accepted = List.of(required.get().value());
        if (accepted.stream().noneMatch(token.scopes()::contains)) {
            request.abortWith(ErrorMapper.toResponse(AuthenticatedRequest.missingScope(accepted)));
            return;
        }
        request.setProperty(AuthenticatedRequest.CLIENT_ID_PROPERTY, token.clientId());
        request.setProperty(AuthenticatedRequest.SCOPES_PROPERTY, token.scopes());
    }

    /** The route's scopes: the method's declaration, else its class's. */
    public static Optional<RequiresScopes> requiredScopes(Method method, Class<?> type) {
        RequiresScopes onMethod = method.getAnnotation(RequiresScopes.class);
        return Optional.ofNullable(onMethod != null ? onMethod : type.getAnnotation(RequiresScopes.class));
    }

    /** True when the method or its class carries {@code annotation}. */
    public static boolean declared(Method method, Class<?> type, Class<? extends Annotation> annotation) {
        AnnotatedElement[] places = {method, type};
        for (AnnotatedElement place : places) {
            if (place.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> bearerToken(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Bearer")) {
            return Optional.empty();
        }
        String token = value.substring(space + 1).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static Response unauthorized(String challenge, String message) {
        return Response.fromResponse(ErrorMapper.toResponse(ApiException.unauthorized(message)))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private static Response forbidden(String message) {
        return ErrorMapper.toResponse(ApiException.forbidden(message));
    }
}
