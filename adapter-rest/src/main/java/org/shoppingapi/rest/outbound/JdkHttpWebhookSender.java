package org.shoppingapi.rest.outbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.ports.out.webhook.WebhookSender;

/**
 * Delivers over the JDK's {@link HttpClient}: one POST per attempt with the signed body, bounded by {@code timeout}
 * from connecting to the end of the response (a receiver that trickles its answer cannot hold an attempt open).
 * Redirects are not followed: a subscription names the URL that receives the events. The response body is ignored.
 */
public final class JdkHttpWebhookSender implements WebhookSender, AutoCloseable {

    private static final String USER_AGENT = "shopping-api-webhooks/1";

    private final ObjectMapper json;
    private final Duration timeout;
    private final HttpClient http;

    public JdkHttpWebhookSender(ObjectMapper json, Duration timeout) {
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: no h2c upgrade dance with receivers that only speak plain HTTP/1.1.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public AttemptResult send(ClaimedDelivery delivery) {
        WebhookRequest request = WebhookRequest.of(json, delivery);
        HttpRequest post;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header(WebhookRequest.EVENT_HEADER, delivery.event().wireName())
                    .header(WebhookRequest.DELIVERY_HEADER, delivery.id().toString())
                    .header(WebhookRequest.SIGNATURE_HEADER, request.signature());
            if (delivery.correlationId() != null) {
                // The X-Request-Id of the API request that caused the event (checked visible ASCII when accepted).
                builder.header(WebhookRequest.REQUEST_ID_HEADER, delivery.correlationId());
            }
            post = builder.POST(HttpRequest.BodyPublishers.ofByteArray(request.body())).build();
        } catch (IllegalArgumentException badUrl) {
            return AttemptResult.noAnswer("invalid URL: " + badUrl.getMessage());
        }
        CompletableFuture<HttpResponse<Void>> response = http.sendAsync(post, HttpResponse.BodyHandlers.discarding());
        try {
            return AttemptResult.answered(response.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException e) {
            response.cancel(true);
            return AttemptResult.noAnswer("timed out after " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return AttemptResult.noAnswer(describe(e.getCause()));
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return AttemptResult.noAnswer("interrupted (service stopping)");
        }
    }

    private String describe(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return "timed out after " + timeout.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() {
        http.close();
    }
}
