package org.shoppingapi.rest.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds error responses in the SPEC body shape, as JSON. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
