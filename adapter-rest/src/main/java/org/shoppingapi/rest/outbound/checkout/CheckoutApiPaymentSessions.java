package org.shoppingapi.rest.outbound.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.shoppingapi.domain.order.SessionUrls;
import org.shoppingapi.domain.error.CheckoutUnavailableException;
import org.shoppingapi.ports.out.CheckoutLine;
import org.shoppingapi.ports.out.CheckoutRequest;
import org.shoppingapi.ports.out.PaymentSessions;
import org.shoppingapi.ports.out.StartedSession;

/**
 * Payment sessions at a Checkout API ({@code CHECKOUT_API_URL} and the {@code CHECKOUT_*} credentials, SPEC §5b): a
 * client-credentials token from {@code {api}/v1/accounts/{account}/auth/token}, kept until shortly before it expires,
 * then {@code POST {api}/v1/sessions-profile}; the answer's {@code id} and {@code url} become the session's. The
 * whole exchange, token included, has one deadline ({@code timeout}, 5 s by default); a provider that fails, answers
 * without {@code id}/{@code url}, or misses the deadline is a {@link CheckoutUnavailableException}.
 */
public final class CheckoutApiPaymentSessions implements PaymentSessions, AutoCloseable {

    /** Where the Checkout API is and who we are there. */
    public record Settings(URI apiUrl, String accountId, String clientId, String clientSecret, Duration timeout) {

        public Settings {
            Objects.requireNonNull(apiUrl, "apiUrl");
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("checkout.timeout must be positive");
            }
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "Settings[apiUrl=" + apiUrl + ", accountId=" + accountId + ", clientId=" + clientId
                    + ", timeout=" + timeout + "]";
        }
    }

    /** A token is dropped this long before the provider said it expires, so it never expires in flight. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

    private record CachedToken(String value, Instant renewAfter) {
    }

    private final Settings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final String base;
    private CachedToken token;

    public CheckoutApiPaymentSessions(Settings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String api = settings.apiUrl().toString();
        this.base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
    }

    @Override
    public StartedSession start(CheckoutRequest request) {
        Instant deadline = clock.instant().plus(settings.timeout());
        String body = sessionBody(request);
        HttpResponse<String> answer = postSession(body, token(deadline), deadline);
        if (answer.statusCode() == 401) {
            // The provider forgot the token before its time (a restart, a revocation): one fresh try.
            forgetToken();
            answer = postSession(body, token(deadline), deadline);
        }
        if (answer.statusCode() / 100 != 2) {
            throw new CheckoutUnavailableException("the checkout provider answered " + answer.statusCode()
                    + " to the session request");
        }
        JsonNode started = parse(answer.body(), "session");
        String id = text(started, "id");
        String url = text(started, "url");
        if (id == null || url == null) {
            throw new CheckoutUnavailableException("the checkout provider's session answer has no id and url");
        }
        return new StartedSession(id, url);
    }

    private HttpResponse<String> postSession(String body, String bearer, Instant deadline) {
        return send(HttpRequest.newBuilder(URI.create(base + "/v1/sessions-profile"))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), deadline);
    }

    /** The cached token, or a new one when there is none or it is about to expire. */
    private synchronized String token(Instant deadline) {
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.renewAfter())) {
            return token.value();
        }
        String audience = base + "/v1/accounts/" + settings.accountId();
        ObjectNode body = json.createObjectNode()
                .put("grant_type", "client_credentials")
                .put("audience", audience);
        String basic = Base64.getEncoder().encodeToString((settings.clientId() + ":" + settings.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(audience + "/auth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), deadline);
        if (answer.statusCode() / 100 != 2) {
            throw new CheckoutUnavailableException("the checkout provider answered " + answer.statusCode()
                    + " to the token request");
        }
        JsonNode issued = parse(answer.body(), "token");
        String value = text(issued, "access_token");
        if (value == null) {
            throw new CheckoutUnavailableException("the checkout provider's token answer has no access_token");
        }
        long expiresIn = issued.path("expires_in").canConvertToLong() ? issued.path("expires_in").asLong() : 0;
        Duration lifetime = Duration.ofSeconds(Math.max(0, expiresIn));
        Duration margin = lifetime.compareTo(EXPIRY_MARGIN.multipliedBy(2)) > 0 ? EXPIRY_MARGIN : lifetime.dividedBy(2);
        token = new CachedToken(value, now.plus(lifetime).minus(margin));
        return value;
    }

    private synchronized void forgetToken() {
        token = null;
    }

    /** One exchange within what is left until {@code deadline}; any failure to get an answer is the provider's. */
    private HttpResponse<String> send(HttpRequest.Builder request, Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw timedOut();
        }
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request.timeout(left).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timedOut();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                throw timedOut();
            }
            throw new CheckoutUnavailableException("the checkout provider could not be reached", e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new CheckoutUnavailableException("interrupted while waiting for the checkout provider", e);
        }
    }

    private CheckoutUnavailableException timedOut() {
        return new CheckoutUnavailableException("the checkout provider did not answer within "
                + settings.timeout().toMillis() + " ms");
    }

    private JsonNode parse(String body, String what) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new CheckoutUnavailableException("the checkout provider's " + what + " answer is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new CheckoutUnavailableException("the checkout provider's " + what + " answer is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /**
     * The session request: {@code profile_id}, {@code url}, and the order with {@code merchant_reference} = the
     * order's order_id and one item per line ({@code line_id} as text, as the Checkout API has it).
     */
    private String sessionBody(CheckoutRequest request) {
        ObjectNode body = json.createObjectNode();
        body.put("profile_id", request.profileId());
        SessionUrls urls = request.urls();
        ObjectNode url = body.putObject("url");
        url.put("return_url", urls.returnUrl());
        putIfPresent(url, "callback_url", urls.callbackUrl());
        putIfPresent(url, "merchant_terms_url", urls.merchantTermsUrl());
        ObjectNode order = body.putObject("order");
        order.put("amount", request.amount());
        order.put("currency", request.currency());
        order.put("merchant_reference", request.orderId());
        ArrayNode items = order.putArray("items");
        for (CheckoutLine line : request.lines()) {
            ObjectNode item = items.addObject();
            item.put("id", line.itemId() != null ? line.itemId() : String.valueOf(line.lineId()));
            item.put("line_id", String.valueOf(line.lineId()));
            putIfPresent(item, "description", line.description());
            if (line.quantity() != null) {
                item.put("quantity", line.quantity());
            }
            item.put("amount", line.amount());
            item.put("vat_amount", line.vatAmount());
            item.put("vat", line.vat());
        }
        if (!request.metadata().isEmpty()) {
            body.set("metadata", json.valueToTree(request.metadata()));
        }
        return body.toString();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
