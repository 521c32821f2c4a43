package org.shoppingapi.rest.auth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** GET /v1/.well-known/jwks.json: the public key tokens are signed with, for anyone who wants to check them. */
@Path("/.well-known/jwks.json")
@PublicEndpoint
public final class JwksResource {

    private final JwtTokens tokens;

    public JwksResource(JwtTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response keys() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(tokens.publicJwks()).cacheControl(cache).build();
    }
}
