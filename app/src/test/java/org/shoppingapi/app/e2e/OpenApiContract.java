package org.shoppingapi.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shoppingapi.rest.openapi.OpenApiDocument;

/**
 * The OpenAPI document as a contract the end-to-end tests hold every exchange to: the answer's status must be one the
 * operation lists and its JSON body must validate against that response's schema; a request the service accepted
 * (2xx) must have documented query parameters and a body that validates against the request schema. Schemas are
 * checked by networknt's JSON Schema validator in the OpenAPI 3.1 dialect.
 */
public final class OpenApiContract {

    private static final String BASE = "https://shopping-api.test/openapi.json";
    private static final String INLINE = "x-validated-schemas";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private static OpenApiContract instance;

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    /** One documented operation: method, path template, and its node in the document. */
    public record Operation(String method, String template, Pattern regex, List<String> variables, JsonNode node,
                            JsonNode pathItem) {
        public String name() {
            return method + " " + template;
        }
    }

    private OpenApiContract(ObjectNode root) {
        this.root = root;
        ObjectNode collected = root.putObject(INLINE);
        root.get("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(method.toUpperCase(), path.getKey(), operation, path.getValue()));
                }
            }
        });
        // Inline schemas get a stable pointer of their own, so the validator resolves their $refs in this document.
        collectInline(root.get("paths"), collected);
        collectInline(root.get("components"), collected);
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(BASE, json)));
    }

    /** The document of the class path, read once per test JVM. */
    public static synchronized OpenApiContract get() {
        if (instance == null) {
            try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(OpenApiDocument.RESOURCE)) {
                instance = new OpenApiContract((ObjectNode) new YAMLMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public List<Operation> operations() {
        return operations;
    }

    public JsonNode root() {
        return root;
    }

    private static Operation operation(String method, String template, JsonNode node, JsonNode pathItem) {
        List<String> variables = new ArrayList<>();
        Matcher m = VARIABLE.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            variables.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new Operation(method, template, Pattern.compile(regex.toString()), variables, node, pathItem);
    }

    /** Every {@code schema} object under the paths gets a copy in {@link #INLINE}, keyed by its identity. */
    private void collectInline(JsonNode node, ObjectNode into) {
        if (node.isObject()) {
            JsonNode schema = node.get("schema");
            if (schema != null && schema.isObject()) {
                into.set(key(schema), schema);
            }
            node.elements().forEachRemaining(child -> collectInline(child, into));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectInline(child, into));
        }
    }

    private static String key(JsonNode schema) {
        return "s" + Integer.toHexString(System.identityHashCode(schema));
    }

    /** The documented operation serving this method and path, if any. Literal segments win over variables. */
    public Optional<Operation> find(String method, String path) {
        Operation best = null;
        for (Operation operation : operations) {
            if (operation.method().equals(method) && operation.regex().matcher(path).matches()
                    && (best == null || operation.variables().size() < best.variables().size())) {
                best = operation;
            }
        }
        return Optional.ofNullable(best);
    }

    /** What is wrong with one exchange, in words; empty when it keeps to the document. */
    public List<String> problems(String method, URI uri, String requestContentType, String requestBody, int status,
                                 String responseContentType, String responseBody) {
        String path = uri.getRawPath();
        Optional<Operation> found = find(method, path);
        if (found.isEmpty()) {
            return List.of();
        }
        Operation operation = found.get();
        List<String> problems = new ArrayList<>();
        String where = method + " " + path + " (" + operation.name() + ")";
        JsonNode response = resolve(operation.node().path("responses").get(String.valueOf(status)));
        if (response == null) {
            problems.add(where + " answered " + status + ", a status the OpenAPI document does not list for "
                    + "this operation; body: " + responseBody);
        } else {
            problems.addAll(checkBody(where + " answer " + status, response, responseContentType, responseBody));
        }
        if (status >= 200 && status < 300) {
            problems.addAll(checkRequest(where, operation, uri, requestContentType, requestBody));
        }
        return problems;
    }

    private List<String> checkRequest(String where, Operation operation, URI uri, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> parameters = parameters(operation);
        Matcher m = operation.regex().matcher(uri.getRawPath());
        if (m.matches()) {
            for (int i = 0; i < operation.variables().size(); i++) {
                String name = operation.variables().get(i);
                JsonNode parameter = parameters.get("path:" + name);
                if (parameter == null) {
                    problems.add(where + ": path variable " + name + " is not documented");
                } else {
                    problems.addAll(checkValue(where + " path " + name, parameter.get("schema"),
                            URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8)));
                }
            }
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                JsonNode parameter = parameters.get("query:" + name);
                if (parameter == null) {
                    problems.add(where + ": query parameter " + name + " is not documented");
                } else {
                    problems.addAll(checkValue(where + " query " + name, parameter.get("schema"),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : ""));
                }
            }
        }
        if (body != null && !body.isBlank()) {
            JsonNode requestBody = resolve(operation.node().get("requestBody"));
            if (requestBody == null) {
                problems.add(where + ": sends a body but the operation documents none");
            } else {
                problems.addAll(checkBody(where + " request", requestBody, contentType, body));
            }
        }
        return problems;
    }

    private Map<String, JsonNode> parameters(Operation operation) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode list : List.of(operation.pathItem().path("parameters"), operation.node().path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode parameter = resolve(p);
                byName.put(parameter.get("in").asText() + ":" + parameter.get("name").asText(), parameter);
            }
        }
        return byName;
    }

    private List<String> checkValue(String where, JsonNode schema, String value) {
        String type = resolve(schema).path("type").asText();
        String json;
        if (type.equals("integer") && value.matches("-?\\d{1,18}")) {
            json = value;
        } else {
            json = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return validate(where, schema, json);
    }

    private List<String> checkBody(String where, JsonNode message, String contentType, String body) {
        JsonNode content = message.get("content");
        boolean empty = body == null || body.isEmpty();
        if (content == null) {
            return empty ? List.of() : List.of(where + " has a body but the document describes none: " + body);
        }
        if (empty) {
            return List.of();
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
        JsonNode media = content.get(mediaType);
        if (media == null) {
            return List.of(where + " has Content-Type " + contentType + "; the document lists " + fieldNames(content));
        }
        if (!mediaType.equals("application/json") || media.get("schema") == null) {
            return List.of();
        }
        return validate(where, media.get("schema"), body);
    }

    /** What is wrong with {@code json} measured against the schema at {@code pointer} (e.g. a webhook body). */
    public List<String> schemaProblems(String pointer, String json) {
        return validateAt(pointer, pointer, json);
    }

    private List<String> validate(String where, JsonNode schema, String json) {
        return validateAt(where, pointerOf(schema), json);
    }

    /** Synchronized: tests send concurrently, and schemas are compiled (and their references resolved) lazily. */
    private synchronized List<String> validateAt(String where, String schemaPointer, String json) {
        Schema compiled = schemas.computeIfAbsent(schemaPointer,
                pointer -> registry.getSchema(SchemaLocation.of(BASE + "#" + pointer)));
        List<Error> errors;
        try {
            errors = compiled.validate(json, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(where + " is not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Error error : errors) {
            problems.add(where + " does not match the OpenAPI document: " + error + "; body: " + abbreviate(json));
        }
        return problems;
    }

    /** A {@code $ref} schema points into components; an inline one was copied into {@link #INLINE}. */
    private String pointerOf(JsonNode schema) {
        if (schema.size() == 1 && schema.has("$ref")) {
            return schema.get("$ref").asText().substring(1);
        }
        return "/" + INLINE + "/" + key(schema);
    }

    /** Follows {@code $ref} to a component (responses, parameters, request bodies). */
    private JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref") && node.get("$ref").asText().startsWith("#/components/")
                && !node.get("$ref").asText().startsWith("#/components/schemas/")) {
            node = root.at(node.get("$ref").asText().substring(1));
        }
        if (node != null && node.has("$ref") && node.get("$ref").asText().startsWith("#/components/schemas/")) {
            return root.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }

    /** The scopes the operation's bearer requirement lists; empty for a public one. */
    public static List<String> bearerScopes(Operation operation, JsonNode root) {
        JsonNode security = operation.node().has("security") ? operation.node().get("security") : root.get("security");
        List<String> scopes = new ArrayList<>();
        for (JsonNode requirement : (ArrayNode) security) {
            requirement.path("bearer").forEach(s -> scopes.add(s.asText()));
        }
        return scopes;
    }
}
