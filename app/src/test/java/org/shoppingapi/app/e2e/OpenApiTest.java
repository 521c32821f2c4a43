package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.rest.auth.BearerTokenFilter;

/**
 * The OpenAPI document ({@code openapi.yaml} in adapter-rest) and the service agree: the documented operations are
 * exactly the routes of the JAX-RS resource model, both ways, with the same scopes; and {@code /openapi} serves it.
 * (Every request and answer of the end-to-end tests is validated against it in {@link TestService}.)
 */
class OpenApiTest {

    private static final Pattern ALTERNATIVES = Pattern.compile("\\{(\\w+)\\s*:\\s*([\\w|]+)\\s*}");

    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        app = TestService.start(OpenApiTest.class);
    }

    /** The routes Jersey serves, a variable limited to words ({@code {x: a|b}}) expanded into one route per word. */
    private static Map<String, RouteProtectionTest.Route> jerseyRoutes() {
        Map<String, RouteProtectionTest.Route> routes = new TreeMap<>();
        for (RouteProtectionTest.Route route : RouteProtectionTest.routes(app.service().wiring().restApplication())) {
            for (String template : expand(route.template())) {
                routes.put(route.httpMethod() + " " + template, route);
            }
        }
        return routes;
    }

    private static List<String> expand(String template) {
        Matcher m = ALTERNATIVES.matcher(template);
        if (!m.find()) {
            return List.of(template);
        }
        List<String> expanded = new ArrayList<>();
        for (String word : m.group(2).split("\\|")) {
            expanded.addAll(expand(template.substring(0, m.start()) + word + template.substring(m.end())));
        }
        return expanded;
    }

    private static Map<String, OpenApiContract.Operation> documented() {
        Map<String, OpenApiContract.Operation> operations = new TreeMap<>();
        OpenApiContract.get().operations().forEach(o -> operations.put(o.name(), o));
        return operations;
    }

    @Test
    void documented_operations_are_exactly_the_routes_jersey_serves() {
        Set<String> routes = jerseyRoutes().keySet();
        Set<String> operations = documented().keySet();

        assertThat(new TreeSet<>(routes)).as("routes missing from the OpenAPI document").isSubsetOf(operations);
        assertThat(new TreeSet<>(operations)).as("documented operations the service does not serve")
                .isSubsetOf(routes);
        assertThat(routes).hasSizeGreaterThan(30);
    }

    @Test
    void every_operation_lists_exactly_the_scopes_its_route_accepts() {
        JsonNode root = OpenApiContract.get().root();
        List<String> wrong = new ArrayList<>();
        Map<String, OpenApiContract.Operation> documented = documented();
        jerseyRoutes().forEach((name, route) -> {
            OpenApiContract.Operation operation = documented.get(name);
            if (operation == null) {
                return;
            }
            Set<String> accepted = route.isPublic() ? Set.of()
                    : BearerTokenFilter.requiredScopes(route.javaMethod(), route.resourceClass())
                            .map(r -> (Set<String>) new TreeSet<>(List.of(r.value()))).orElse(Set.of());
            Set<String> listed = new TreeSet<>(OpenApiContract.bearerScopes(operation, root));
            if (!accepted.equals(listed)) {
                wrong.add(name + ": the route accepts " + accepted + ", the document lists " + listed);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_operation_documents_its_answers_and_an_error_body() {
        List<String> missing = new ArrayList<>();
        for (OpenApiContract.Operation operation : OpenApiContract.get().operations()) {
            JsonNode responses = operation.node().path("responses");
            if (!responses.has("200")) {
                missing.add(operation.name() + " has no 200");
            }
            boolean isPublic = OpenApiContract.bearerScopes(operation, OpenApiContract.get().root()).isEmpty();
            if (!isPublic && (!responses.has("401") || !responses.has("403"))) {
                missing.add(operation.name() + " lacks 401/403");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void openapi_is_served_as_yaml_and_as_json() throws Exception {
        TestService.Answer yaml = app.sendRaw("GET", "/openapi", null);
        TestService.Answer json = app.sendRaw("GET", "/openapi", null, "Accept", "application/json");

        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(yaml.body()).startsWith("openapi: 3.1.0");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Type")).startsWith("application/json");
        JsonNode fromJson = new ObjectMapper().readTree(json.body());
        assertThat(fromJson).isEqualTo(new YAMLMapper().readTree(yaml.body()));
        assertThat(fromJson.at("/paths/~1v1~1accounts~1{aid}~1shopping~1draft_orders/post/operationId").asText())
                .isEqualTo("createDraft");
    }

    @Test
    void an_answer_outside_the_document_is_caught() {
        // The contract must be able to fail: a draft body missing its required fields, a status not listed.
        List<String> problems = OpenApiContract.get().problems("GET",
                app.uri("/v1/accounts/T12345678/shopping/draft_orders/" + java.util.UUID.randomUUID()), null, null,
                200, "application/json", "{\"id\":\"x\"}");
        List<String> teapot = OpenApiContract.get().problems("GET",
                app.uri("/v1/accounts/T12345678/shopping/orders"), null, null, 418, "application/json", "{}");
        List<String> undocumentedQuery = OpenApiContract.get().problems("GET",
                app.uri("/v1/accounts/T12345678/shopping/orders?colour=red"), null, null, 200, "application/json",
                "{\"orders\":[]}");

        assertThat(problems).isNotEmpty().anyMatch(p -> p.contains("does not match the OpenAPI document"));
        assertThat(teapot).singleElement().asString().contains("418");
        assertThat(undocumentedQuery).singleElement().asString().contains("colour");
    }
}
