package org.shoppingapi.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.shoppingapi.domain.event.RequestInfo;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.rest.auth.AuthenticatedRequest;

/** Builds the use-case {@link Caller} from the authenticated request: its account, client id and request line. */
public final class CallerFactory {

    /** Request property under which the authentication filter leaves the client id of a valid token. */
    public static final String CLIENT_ID_PROPERTY = AuthenticatedRequest.CLIENT_ID_PROPERTY;

    private CallerFactory() {
    }

    public static Caller of(ContainerRequestContext request, String accountId) {
        Object client = request.getProperty(CLIENT_ID_PROPERTY);
        String path = request.getUriInfo().getRequestUri().getPath();
        return new Caller(accountId, client == null ? "anonymous" : client.toString(),
                new RequestInfo(path, request.getMethod()));
    }
}
