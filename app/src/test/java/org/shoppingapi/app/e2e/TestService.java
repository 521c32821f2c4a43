package org.shoppingapi.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shoppingapi.app.ShoppingService;
import org.shoppingapi.jdbc.testing.TestDatabases;
import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;

/**
 * The real service on a free port against a database of the test class's own, plus a small HTTP client. A test class
 * keeps one in an {@code @AutoClose} static field, started in {@code @BeforeAll}; JUnit closes it after the class.
 * <p>
 * Authentication is taken care of: {@link #send}, {@link #get} and {@link #post} add {@code Authorization: Bearer
 * <token>} for the account in the path ({@code /v1/accounts/{aid}/...}), obtained once per account through the real
 * token endpoint for a test client holding every scope (provisioned through {@code shopping.clients} for
 * {@link #ACCOUNT} and {@link #OTHER_ACCOUNT}, registered on first use for any other account). A request that
 * carries its own {@code Authorization} header is sent as it is; {@link #sendRaw} and {@link #anonymous()} never
 * add one.
 */
public final class TestService implements AutoCloseable {

    public static final String ACCOUNT = "T12345678";
    public static final String OTHER_ACCOUNT = "T99999999";
    public static final String TEST_CLIENT_ID = "e2e-test-client";

    private static final Pattern ACCOUNT_PATH = Pattern.compile("^/v1/accounts/([PT]\\d{8})(/.*)?$");

    private final Config config;
    private final TestDatabases.TestDatabase database;
    private final String testClientSecret;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> provisioned = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private ShoppingService service;

    private TestService(Config config, TestDatabases.TestDatabase database, String testClientSecret,
                        List<String> provisionedAccounts) {
        this.config = config;
        this.database = database;
        this.testClientSecret = testClientSecret;
        provisionedAccounts.forEach(a -> provisioned.put(a, true));
        this.service = ShoppingService.start(config);
    }

    public static TestService start(Class<?> testClass) {
        return start(testClass, Map.of());
    }

    /** {@code extraConfig} overrides any default below (e.g. {@code auth.signing-key} or {@code shopping.clients}). */
    public static TestService start(Class<?> testClass, Map<String, String> extraConfig) {
        return start(TestDatabases.create(testClass), extraConfig);
    }

    /**
     * Another instance on an existing database, as when several instances share one or one restarts. The test
     * client's secret follows from the database, so every instance on it registers the same one.
     */
    public static TestService start(TestDatabases.TestDatabase db, Map<String, String> extraConfig) {
        String secret = "e2e-" + UUID.nameUUIDFromBytes(db.jdbcUrl().getBytes(StandardCharsets.UTF_8));
        Map<String, String> values = new HashMap<>();
        values.put("server.port", "0");
        values.put("server.host", "127.0.0.1");
        values.put("db.url", db.jdbcUrl());
        values.put("db.user", db.user());
        values.put("db.password", db.password());
        values.put("db.pool.size", "8");
        // bcrypt's cheapest cost keeps the suite fast; production's cost 12 runs in the process-level tests.
        values.put("auth.bcrypt-cost", "4");
        values.put("shopping.clients", clientsJson(List.of(ACCOUNT, OTHER_ACCOUNT), secret));
        values.putAll(extraConfig);
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .disableValueResolving()
                .sources(ConfigSources.create(values), ConfigSources.classpath("application.yaml"))
                .build();
        boolean ownClients = extraConfig.containsKey("shopping.clients");
        return new TestService(config, db, secret, ownClients ? List.of() : List.of(ACCOUNT, OTHER_ACCOUNT));
    }

    private static String clientsJson(List<String> accounts, String secret) {
        List<String> entries = new ArrayList<>();
        String scopes = String.join("\",\"", Scopes.ALL);
        for (String account : accounts) {
            entries.add("{\"account_id\":\"" + account + "\",\"client_id\":\"" + TEST_CLIENT_ID
                    + "\",\"client_secret\":\"" + secret + "\",\"scopes\":[\"" + scopes + "\"]}");
        }
        return "[" + String.join(",", entries) + "]";
    }

    public ShoppingService service() {
        return service;
    }

    /** Where this service keeps its data (its own database). */
    public TestDatabases.TestDatabase database() {
        return database;
    }

    /** Stops the service and starts it again on the same database and configuration; cached tokens are kept. */
    public TestService restart() {
        service.close();
        service = ShoppingService.start(config);
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    /** Sends with the bearer token of the path's account, unless {@code headers} already hold an Authorization. */
    public Answer send(String method, String path, String body, String... headers) {
        Optional<String> account = accountOf(path);
        if (account.isEmpty() || hasAuthorization(headers) || isTokenEndpoint(path)) {
            return sendRaw(method, path, body, headers);
        }
        String[] withToken = Arrays.copyOf(headers, headers.length + 2);
        withToken[headers.length] = "Authorization";
        withToken[headers.length + 1] = "Bearer " + tokenFor(account.get());
        return sendRaw(method, path, body, withToken);
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Answer post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    public Answer delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /** Sends exactly what is given: no token is added. */
    public Answer sendRaw(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !hasHeader(headers, "Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return sendBuilt(request.build(), body == null ? "" : body);
    }

    /**
     * Sends a request the test built itself (e.g. with a chunked body), adding the bearer token of the path's account
     * as {@link #send} does unless it already carries an Authorization header.
     */
    public Answer exchange(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        Optional<String> account = accountOf(built.uri().getPath());
        if (account.isPresent() && built.headers().firstValue("Authorization").isEmpty()
                && !isTokenEndpoint(built.uri().getPath())) {
            built = request.header("Authorization", "Bearer " + tokenFor(account.get())).build();
        }
        return sendBuilt(built, null);
    }

    /**
     * For fault-injection tests only: a POST with the path account's token, not held to the OpenAPI document, since
     * a fault the test put into the database itself (a broken table) is an internal error the document rightly does
     * not list.
     */
    public Answer postWithInjectedFault(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        accountOf(path).ifPresent(account -> request.header("Authorization", "Bearer " + tokenFor(account)));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends and holds the exchange to the OpenAPI document ({@link OpenApiContract}): a test whose request or answer
     * the document does not describe fails right here. {@code body} is null when the test streamed its own body.
     */
    private Answer sendBuilt(HttpRequest request, String body) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            List<String> problems = OpenApiContract.get().problems(request.method(), request.uri(),
                    request.headers().firstValue("Content-Type").orElse(null), body, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
            if (!problems.isEmpty()) {
                throw new AssertionError("The exchange does not keep to the OpenAPI document "
                        + "(adapter-rest openapi.yaml); fix the document or the code:\n" + String.join("\n", problems));
            }
            return new Answer(response.statusCode(), response.body(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same requests without any token, for tests of what an unauthenticated caller gets. */
    public Anonymous anonymous() {
        return new Anonymous();
    }

    /** Requests that never carry a token. */
    public final class Anonymous {
        private Anonymous() {
        }

        public Answer send(String method, String path, String body, String... headers) {
            return sendRaw(method, path, body, headers);
        }

        public Answer get(String path, String... headers) {
            return sendRaw("GET", path, null, headers);
        }

        public Answer post(String path, String body, String... headers) {
            return sendRaw("POST", path, body, headers);
        }
    }

    /** The cached bearer token of the all-scopes test client of {@code accountId} (registered on first use). */
    public String tokenFor(String accountId) {
        return tokens.computeIfAbsent(accountId, account -> {
            provisioned.computeIfAbsent(account, a -> {
                registerClient(a, TEST_CLIENT_ID, testClientSecret, Scopes.ALL);
                return true;
            });
            return token(account, TEST_CLIENT_ID, testClientSecret);
        });
    }

    /** Registers a client of {@code accountId} with a generated id and secret and exactly {@code scopes}. */
    public RegisteredClient registerClient(String accountId, String... scopes) {
        return service.wiring().clients().register(new RegisterClientCommand(accountId, Optional.empty(),
                Optional.empty(), List.of(scopes)));
    }

    private RegisteredClient registerClient(String accountId, String clientId, String secret, List<String> scopes) {
        return service.wiring().clients().register(new RegisterClientCommand(accountId, Optional.of(clientId),
                Optional.of(secret), scopes));
    }

    /** A token from the real endpoint for these credentials; fails the test unless the endpoint answers 200. */
    public String token(String accountId, String clientId, String secret) {
        Answer answer = requestToken(accountId, clientId, secret);
        if (answer.status() != 200) {
            throw new IllegalStateException("token endpoint answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().get("access_token").asText();
    }

    /** POST /v1/accounts/{aid}/auth/token with HTTP Basic and the SPEC body; whatever the answer. */
    public Answer requestToken(String accountId, String clientId, String secret) {
        return sendRaw("POST", tokenPath(accountId), tokenRequestBody(accountId),
                "Authorization", basic(clientId, secret));
    }

    public static String tokenPath(String accountId) {
        return "/v1/accounts/" + accountId + "/auth/token";
    }

    public static String tokenRequestBody(String accountId) {
        return "{\"grant_type\":\"client_credentials\",\"audience\":\"http://localhost/v1/accounts/" + accountId + "\"}";
    }

    public static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> accountOf(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Matcher m = ACCOUNT_PATH.matcher(withoutQuery);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean isTokenEndpoint(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return withoutQuery.endsWith("/auth/token");
    }

    private static boolean hasAuthorization(String... headers) {
        return hasHeader(headers, "Authorization");
    }

    private static boolean hasHeader(String[] headers, String name) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        service.close();
    }

    /** A response with its body parsed on demand. */
    public record Answer(int status, String body, HttpResponse<String> response, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
