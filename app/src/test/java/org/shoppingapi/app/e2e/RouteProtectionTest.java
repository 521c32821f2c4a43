package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.auth.BearerTokenFilter;
import org.shoppingapi.rest.auth.PublicEndpoint;

/**
 * Walks every route of the JAX-RS application the service really runs (its {@link ResourceConfig}, so a resource
 * added later is walked too) and proves that each one, except the token endpoint and the JWKS, answers 401 to a
 * request without a token, and declares the scopes it needs.
 */
class RouteProtectionTest {

    /** The only routes anyone may call without a token. */
    static final Set<String> PUBLIC_ROUTES = Set.of(
            "POST /v1/accounts/{aid}/auth/token",
            "GET /v1/.well-known/jwks.json");

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(RouteProtectionTest.class);
    }

    /** One HTTP method on one path template, with the Java method that serves it. */
    record Route(String httpMethod, String template, Method javaMethod, Class<?> resourceClass) {
        String name() {
            return httpMethod + " " + template;
        }

        boolean isPublic() {
            return BearerTokenFilter.declared(javaMethod, resourceClass, PublicEndpoint.class);
        }
    }

    static List<Route> routes() {
        return routes(app.service().wiring().restApplication());
    }

    /** Every route of {@code application}, walked from its resource model. */
    static List<Route> routes(ResourceConfig application) {
        List<Resource> resources = new ArrayList<>(application.getResources());
        Set<Class<?>> classes = new LinkedHashSet<>(application.getClasses());
        application.getInstances().forEach(instance -> classes.add(instance.getClass()));
        for (Class<?> type : classes) {
            if (type.isAnnotationPresent(Path.class)) {
                resources.add(Resource.from(type));
            }
        }
        List<Route> routes = new ArrayList<>();
        for (Resource resource : resources) {
            walk(resource, RestApi.BASE_PATH, routes);
        }
        return routes;
    }

    private static void walk(Resource resource, String parent, List<Route> into) {
        String path = join(parent, resource.getPath());
        assertThat(resource.getResourceLocator()).as("sub-resource locator at %s: walk it too", path).isNull();
        for (ResourceMethod method : resource.getResourceMethods()) {
            Method java = method.getInvocable().getDefinitionMethod();
            into.add(new Route(method.getHttpMethod(), path, java, method.getInvocable().getHandler().getHandlerClass()));
        }
        for (Resource child : resource.getChildResources()) {
            walk(child, path, into);
        }
    }

    private static String join(String parent, String child) {
        if (child == null || child.isEmpty() || child.equals("/")) {
            return parent;
        }
        return (parent + "/" + child).replaceAll("/+", "/").replaceAll("(?<=.)/$", "");
    }

    /** A concrete path for the template: {@code aid} a good account, any other variable a value its regex takes. */
    static String concrete(String template) {
        UriTemplate uriTemplate = new UriTemplate(template);
        Map<String, String> chosen = firstAlternatives(template);
        for (String candidate : List.of("1", UUID.randomUUID().toString(), "x")) {
            Map<String, String> values = new HashMap<>();
            for (String variable : uriTemplate.getTemplateVariables()) {
                values.put(variable, variable.equals("aid") ? TestService.ACCOUNT
                        : chosen.getOrDefault(variable, candidate));
            }
            String path = uriTemplate.createURI(values);
            if (uriTemplate.match(path, new HashMap<>())) {
                return path;
            }
        }
        throw new AssertionError("no sample value fits " + template);
    }

    /** For a variable limited to words ({@code {operations: authorizations|captures}}), its first word. */
    private static Map<String, String> firstAlternatives(String template) {
        Map<String, String> chosen = new HashMap<>();
        Matcher m = Pattern.compile("\\{(\\w+)\\s*:\\s*(\\w+)(\\|\\w+)*\\s*}").matcher(template);
        while (m.find()) {
            chosen.put(m.group(1), m.group(2));
        }
        return chosen;
    }

    @Test
    void the_walk_sees_the_known_routes() {
        Set<String> names = new LinkedHashSet<>();
        routes().forEach(r -> names.add(r.name()));

        assertThat(names).contains(
                "POST /v1/accounts/{aid}/shopping/draft_orders",
                "GET /v1/accounts/{aid}/shopping/draft_orders/{id}",
                "GET /v1/accounts/{aid}/shopping/orders/{order_id}",
                "POST /v1/accounts/{aid}/shopping/orders/{order_id}/events",
                "POST /v1/accounts/{aid}/auth/token",
                "GET /v1/.well-known/jwks.json");
    }

    @Test
    void only_the_token_endpoint_and_the_jwks_are_public() {
        Set<String> open = new LinkedHashSet<>();
        routes().stream().filter(Route::isPublic).forEach(r -> open.add(r.name()));

        assertThat(open).isEqualTo(PUBLIC_ROUTES);
    }

    @Test
    void every_other_route_declares_its_scopes_and_lives_under_an_account() {
        List<String> undeclared = new ArrayList<>();
        List<String> outsideAccounts = new ArrayList<>();
        for (Route route : routes()) {
            if (route.isPublic()) {
                continue;
            }
            if (BearerTokenFilter.requiredScopes(route.javaMethod(), route.resourceClass()).isEmpty()) {
                undeclared.add(route.name());
            }
            if (!route.template().startsWith("/v1/accounts/{aid}/")) {
                outsideAccounts.add(route.name());
            }
        }

        assertThat(undeclared).as("routes without @RequiresScopes (the filter refuses them)").isEmpty();
        assertThat(outsideAccounts).as("protected routes outside /v1/accounts/{aid}/").isEmpty();
    }

    @Test
    void every_protected_route_answers_401_without_a_token() {
        List<String> notRefused = new ArrayList<>();
        int checked = 0;
        for (Route route : routes()) {
            if (route.isPublic()) {
                continue;
            }
            String path = concrete(route.template());
            String body = List.of("POST", "PUT", "PATCH").contains(route.httpMethod()) ? "{}" : null;
            List<TestService.Answer> answers = new ArrayList<>();
            answers.add(app.sendRaw(route.httpMethod(), path, body));
            if (route.httpMethod().equals("GET")) {
                answers.add(app.sendRaw("HEAD", path, null));
            }
            for (TestService.Answer answer : answers) {
                checked++;
                boolean refused = answer.status() == 401 && answer.header("WWW-Authenticate") != null
                        && answer.header("WWW-Authenticate").startsWith("Bearer");
                if (!refused) {
                    notRefused.add(route.name() + " -> " + answer.status());
                }
            }
        }

        assertThat(notRefused).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void with_a_token_of_the_right_account_the_same_routes_get_past_the_filter() {
        // Proves the 401s above come from the missing token, not from a path the walk got wrong.
        for (Route route : routes()) {
            if (route.isPublic()) {
                continue;
            }
            String path = concrete(route.template());
            String body = List.of("POST", "PUT", "PATCH").contains(route.httpMethod()) ? "{}" : null;
            TestService.Answer answer = app.send(route.httpMethod(), path, body);
            assertThat(answer.status()).as(route.name() + ": " + answer.body()).isNotIn(401, 403);
        }
    }
}
