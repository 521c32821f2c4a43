package org.shoppingapi.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Checkout API (SPEC §5b): {@code POST /v1/accounts/{account}/auth/token} issues tokens to
 * the one known client, {@code POST /v1/sessions-profile} starts sessions for a current token. It records every
 * request, and can be told to fail, to hang, or to answer without a URL.
 */
final class CheckoutStub implements AutoCloseable {

    static final String ACCOUNT = "T11223344";
    static final String CLIENT_ID = "shop-client";
    static final String CLIENT_SECRET = "shop-secret";

    enum Mode { OK, FAIL, HANG, NO_URL }

    /** One request as the stub received it. */
    record Received(String method, String path, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger sessionsStarted = new AtomicInteger();
    /** Tokens carry it; a reset changes it, so the tokens issued before are refused (401) from then on. */
    private volatile String generation = UUID.randomUUID().toString();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Mode mode = Mode.OK;
    private volatile long expiresIn = 3600;

    CheckoutStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void mode(Mode value) {
        mode = value;
    }

    /** The {@code expires_in} of the tokens issued from now on. */
    void expiresIn(long seconds) {
        expiresIn = seconds;
    }

    /** Back to answering at once with hour-long tokens; earlier tokens revoked, counters and the log cleared. */
    void reset() {
        mode = Mode.OK;
        expiresIn = 3600;
        generation = UUID.randomUUID().toString();
        received.clear();
        tokensIssued.set(0);
        sessionsStarted.set(0);
    }

    int sessionsStarted() {
        return sessionsStarted.get();
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> sessionRequests() {
        return received.stream().filter(r -> r.path().equals("/v1/sessions-profile")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : json.readTree(raw);
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            received.add(new Received(exchange.getRequestMethod(), path, authorization, body));
            if (mode == Mode.HANG) {
                released.await();
                return;
            }
            if (mode == Mode.FAIL) {
                respond(exchange, 503, "{\"error\": {\"message\": \"down for maintenance\"}}");
                return;
            }
            if (path.equals("/v1/accounts/" + ACCOUNT + "/auth/token")) {
                token(exchange, authorization, body);
            } else if (path.equals("/v1/sessions-profile")) {
                session(exchange, authorization);
            } else {
                respond(exchange, 404, "{}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void token(HttpExchange exchange, String authorization, JsonNode body) throws IOException {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(authorization) || body == null
                || !"client_credentials".equals(body.path("grant_type").asText())
                || !body.path("audience").asText().equals(url() + "/v1/accounts/" + ACCOUNT)) {
            respond(exchange, 401, "{\"error\": {\"message\": \"bad client\"}}");
            return;
        }
        int n = tokensIssued.incrementAndGet();
        respond(exchange, 200, "{\"access_token\": \"token-" + generation + "-" + n + "\", \"token_type\": \"Bearer\", \"expires_in\": "
                + expiresIn + "}");
    }

    private void session(HttpExchange exchange, String authorization) throws IOException {
        if (authorization == null || !authorization.startsWith("Bearer token-" + generation + "-")) {
            respond(exchange, 401, "{}");
            return;
        }
        int n = sessionsStarted.incrementAndGet();
        String id = ACCOUNT + ".stub-session-" + n;
        respond(exchange, 200, mode == Mode.NO_URL ? "{\"id\": \"" + id + "\"}"
                : "{\"id\": \"" + id + "\", \"url\": \"https://checkout.example.com/v1/view/" + id + "\"}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
