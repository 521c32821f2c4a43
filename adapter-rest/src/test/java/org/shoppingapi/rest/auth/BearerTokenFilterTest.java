package org.shoppingapi.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.error.ErrorJson;
import org.shoppingapi.rest.json.JsonMapping;

/**
 * The filter's decisions on an in-memory Jersey application built exactly as the service builds its own
 * ({@link RestApi#resourceConfig}), with fixture routes and a verifier that knows a few fixed tokens.
 */
class BearerTokenFilterTest {

    /** Class-level scopes, one method narrowing them, one opening itself to the public, one declaring nothing. */
    @Path("/accounts/{aid}/fixture")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public static final class Declared {
        @GET
        public String read(@PathParam("aid") String aid, @Context ContainerRequestContext request) {
            return AuthenticatedRequest.clientId(request).orElse("?") + " " + AuthenticatedRequest.scopes(request);
        }

        @POST
        @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
        public String write(@PathParam("aid") String aid) {
            return "written";
        }

        @GET
        @Path("/public")
        @PublicEndpoint
        public String open(@PathParam("aid") String aid) {
            return "open";
        }

        @POST
        @Path("/discounted")
        @RequiresScopes({Scopes.WRITE_SHOPPING})
        public String discounted(@Context ContainerRequestContext request) {
            AuthenticatedRequest.requireAnyScope(request, Scopes.APPLY_DISCOUNTS);
            return "discounted";
        }
    }

    /** A route someone forgot to annotate. */
    @Path("/accounts/{aid}/forgotten")
    public static final class Undeclared {
        @GET
        public String read() {
            return "should never be reached";
        }
    }

    static final Map<String, VerifiedToken> KNOWN = Map.of(
            "reader", new VerifiedToken("reader-client", "T12345678", Set.of(Scopes.READ_SHOPPING)),
            "writer", new VerifiedToken("writer-client", "T12345678", Set.of(Scopes.WRITE_SHOPPING)),
            "discounter", new VerifiedToken("d", "T12345678", Set.of(Scopes.WRITE_SHOPPING, Scopes.WRITE_DISCOUNTS)),
            "hooks-only", new VerifiedToken("h", "T12345678", Set.of(Scopes.ADMIN_HOOKS)),
            "other-account", new VerifiedToken("o", "T99999999", Set.of(Scopes.ADMIN_SHOPPING)));

    static final ApplicationHandler APP = new ApplicationHandler(RestApi.resourceConfig(JsonMapping.create(),
            token -> {
                VerifiedToken known = KNOWN.get(token);
                if (known == null) {
                    throw new InvalidTokenException("unknown");
                }
                return known;
            }, List.of(new Declared(), new Undeclared())));

    static ContainerResponse call(String method, String path, String token) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/v1/"),
                URI.create("http://localhost/v1" + path), method, null, new MapPropertiesDelegate(), null);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return APP.apply(request).get();
    }

    static String code(ContainerResponse response) {
        return ((ErrorJson) response.getEntity()).error().code();
    }

    @Test
    void no_token_is_401_with_a_bearer_challenge_and_the_spec_body() throws Exception {
        ContainerResponse response = call("GET", "/accounts/T12345678/fixture", null);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
        assertThat(code(response)).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void an_unknown_token_is_401_invalid_token() throws Exception {
        ContainerResponse response = call("GET", "/accounts/T12345678/fixture", "forged");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void a_token_with_a_class_level_scope_reads_and_the_resource_sees_client_and_scopes() throws Exception {
        ContainerResponse response = call("GET", "/accounts/T12345678/fixture", "reader");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getEntity()).isEqualTo("reader-client [read:shopping]");
    }

    @Test
    void the_method_declaration_narrows_the_class_one() throws Exception {
        assertThat(call("POST", "/accounts/T12345678/fixture", "reader").getStatus()).isEqualTo(403);
        assertThat(code(call("POST", "/accounts/T12345678/fixture", "reader"))).isEqualTo("FORBIDDEN");
        assertThat(call("POST", "/accounts/T12345678/fixture", "writer").getStatus()).isEqualTo(200);
    }

    @Test
    void a_scope_of_another_family_is_403() throws Exception {
        assertThat(call("GET", "/accounts/T12345678/fixture", "hooks-only").getStatus()).isEqualTo(403);
    }

    @Test
    void a_token_of_another_account_is_403_even_with_admin_scope() throws Exception {
        ContainerResponse response = call("GET", "/accounts/T12345678/fixture", "other-account");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(((ErrorJson) response.getEntity()).error().message()).contains("T12345678");
    }

    @Test
    void a_malformed_aid_is_400_before_any_token_check() throws Exception {
        assertThat(call("GET", "/accounts/X1/fixture", null).getStatus()).isEqualTo(400);
        assertThat(call("GET", "/accounts/X1/fixture", "other-account").getStatus()).isEqualTo(400);
    }

    @Test
    void a_route_that_declares_nothing_is_refused_even_with_a_valid_token() throws Exception {
        assertThat(call("GET", "/accounts/T12345678/forgotten", null).getStatus()).isEqualTo(401);
        ContainerResponse withToken = call("GET", "/accounts/T12345678/forgotten", "writer");

        assertThat(withToken.getStatus()).isEqualTo(403);
        assertThat(withToken.getEntity()).isNotEqualTo("should never be reached");
    }

    @Test
    void a_public_endpoint_needs_no_token() throws Exception {
        assertThat(call("GET", "/accounts/T12345678/fixture/public", null).getStatus()).isEqualTo(200);
    }

    @Test
    void the_helper_adds_a_second_scope_check_inside_a_resource() throws Exception {
        assertThat(call("POST", "/accounts/T12345678/fixture/discounted", "writer").getStatus()).isEqualTo(403);
        assertThat(call("POST", "/accounts/T12345678/fixture/discounted", "discounter").getStatus()).isEqualTo(200);
    }

    @Test
    void a_non_bearer_authorization_is_no_token() throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/v1/"),
                URI.create("http://localhost/v1/accounts/T12345678/fixture"), "GET", null,
                new MapPropertiesDelegate(), null);
        request.header("Authorization", "Basic cmVhZGVyOng=");

        assertThat(APP.apply(request).get().getStatus()).isEqualTo(401);
    }
}
