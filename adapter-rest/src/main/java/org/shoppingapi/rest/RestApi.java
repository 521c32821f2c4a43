package org.shoppingapi.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import java.util.Collection;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.shoppingapi.rest.auth.BearerTokenFilter;
import org.shoppingapi.rest.auth.TokenVerifier;
import org.shoppingapi.rest.error.ErrorMapper;
import org.shoppingapi.rest.json.ObjectMapperResolver;
import org.shoppingapi.rest.observe.RequestFactsFilter;

/**
 * Assembles the JAX-RS application from ready-made resource and filter instances (no DI container).
 * It is mounted at {@code /v1} (see {@link #BASE_PATH}), so resource paths start at {@code /accounts}.
 */
public final class RestApi {

    /** Where the application is mounted on the web server; /observe stays with Helidon. */
    public static final String BASE_PATH = "/v1";

    private RestApi() {
    }

    /**
     * The application: JSON, error mappers, the account-path check, then bearer-token authentication and scope
     * checks for every route ({@link BearerTokenFilter}), then {@code components}.
     */
    public static ResourceConfig resourceConfig(ObjectMapper mapper, TokenVerifier tokens, Collection<?> components) {
        ResourceConfig config = new ResourceConfig();
        config.register(new JacksonJsonProvider(mapper));
        config.register(new ObjectMapperResolver(mapper));
        config.register(new ErrorMapper());
        config.register(new EntityStreamGuard());
        config.register(new RequestFactsFilter());
        config.register(new AccountPathFilter());
        config.register(new TextParamsFilter());
        config.register(new BearerTokenFilter(tokens));
        components.forEach(config::register);
        // Our mappers answer in the SPEC body; Jersey must not swap in its own HTML error pages.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        return config;
    }
}
