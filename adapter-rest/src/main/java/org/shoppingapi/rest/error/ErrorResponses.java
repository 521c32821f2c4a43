package org.shoppingapi.rest.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds error responses in the SPEC body shape, as JSON. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(int status, ErrorJson body) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (status == 413) {
            // The unread rest of an oversized body makes the connection unusable; tell the client not to reuse it.
            response.header("Connection", "close");
        }
        return response.build();
    }
}
