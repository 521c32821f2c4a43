package org.shoppingapi.rest.auth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** GET /v1/.well-known/jwks.json: the public key tokens are signed with, for anyone who wants to check them. */
@Path("/.well-known/jwks.json")
@PublicEndpoint
public final class JwksResource {

    private final Map<String, Object> publicJwks;

    /** {@code publicJwks}: the JWK Set of the signing key's public half. */
    public JwksResource(Map<String, Object> publicJwks) {
        this.publicJwks = Map.copyOf(publicJwks);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response keys() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(publicJwks).cacheControl(cache).build();
    }
}
