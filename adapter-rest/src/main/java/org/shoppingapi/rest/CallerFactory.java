package org.shoppingapi.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.rest.auth.AuthenticatedRequest;

/** Builds the use-case {@link Caller} from the authenticated request: its account, client id, and the request's path and method as the change's source. */
public final class CallerFactory {

    /** Request property under which the authentication filter leaves the client id of a valid token. */
    public static final String CLIENT_ID_PROPERTY = AuthenticatedRequest.CLIENT_ID_PROPERTY;

    private CallerFactory() {
    }

    public static Caller of(ContainerRequestContext request, String accountId) {
        Object client = request.getProperty(CLIENT_ID_PROPERTY);
        String path = request.getUriInfo().getRequestUri().getPath();
        return new Caller(accountId, client == null ? "anonymous" : client.toString(),
                new ChangeSource(path, request.getMethod()));
    }
}
