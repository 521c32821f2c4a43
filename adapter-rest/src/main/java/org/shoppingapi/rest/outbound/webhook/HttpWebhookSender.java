package org.shoppingapi.rest.outbound.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.ports.out.webhook.WebhookSender;

/**
 * Delivers with Apache HttpClient: one POST per attempt with the signed body, connecting only to addresses the target
 * rules allow ({@link TargetCheckingDnsResolver}), cut off {@code timeout} after it started whatever the receiver does,
 * reading at most {@link #MAX_RESPONSE_BYTES} of the answer (which is not used) and never following redirects. Failures
 * before an answer are logged in words that do not tell which ports of a host are open.
 */
public final class HttpWebhookSender implements WebhookSender, AutoCloseable {

    /** How much of a receiver's answer is read before the connection is dropped; only the status matters. */
    static final int MAX_RESPONSE_BYTES = 8 * 1024;
    static final String COULD_NOT_CONNECT = "could not connect to the target";
    private static final String USER_AGENT = "shopping-api-webhooks/1";
    /** Exactly {@code application/json}, as README documents it (JSON is UTF-8 by definition, RFC 8259). */
    private static final ContentType JSON = ContentType.create("application/json", (Charset) null);

    private final ObjectMapper json;
    private final Duration timeout;
    private final CloseableHttpClient http;

    /** {@code connections} bounds the open connections (attempts in flight never exceed it). */
    public HttpWebhookSender(ObjectMapper json, Duration timeout, TargetAddressRules rules, int connections) {
        this.json = json;
        this.timeout = timeout;
        Timeout limit = Timeout.of(timeout);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new TargetCheckingDnsResolver(rules))
                .setMaxConnTotal(connections)
                .setMaxConnPerRoute(connections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(limit)
                        .setSocketTimeout(limit)
                        .build())
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(pool)
                .setUserAgent(USER_AGENT)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(limit)
                        .setResponseTimeout(limit)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    @Override
    public AttemptResult send(ClaimedDelivery delivery) {
        WebhookRequest request = WebhookRequest.of(json, delivery);
        HttpPost post;
        try {
            post = new HttpPost(URI.create(delivery.url()));
        } catch (IllegalArgumentException badUrl) {
            return AttemptResult.noAnswer("invalid URL");
        }
        post.setEntity(new ByteArrayEntity(request.body(), JSON));
        post.setHeader(WebhookRequest.EVENT_HEADER, WebhookRequest.eventName(delivery.event()));
        post.setHeader(WebhookRequest.DELIVERY_HEADER, delivery.id().toString());
        post.setHeader(WebhookRequest.SIGNATURE_HEADER, request.signature());
        if (delivery.correlationId() != null) {
            // The X-Request-Id of the API request that caused the event (checked visible ASCII when accepted).
            post.setHeader(WebhookRequest.REQUEST_ID_HEADER, delivery.correlationId());
        }
        // Socket timeouts bound each read; this bounds the whole attempt (a receiver trickling bytes included).
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(post::cancel);
        ClassicHttpResponse response = null;
        boolean consumed = false;
        try {
            response = http.executeOpen(null, post, null);
            int status = response.getCode();
            consumed = readBounded(response.getEntity());
            return AttemptResult.answered(status);
        } catch (UnknownHostException e) {
            return AttemptResult.noAnswer(COULD_NOT_CONNECT);
        } catch (SSLException e) {
            return AttemptResult.noAnswer("TLS handshake with the target failed");
        } catch (IOException | RuntimeException e) {
            return AttemptResult.noAnswer(post.isCancelled() || e instanceof InterruptedIOException ? timedOut()
                    : COULD_NOT_CONNECT);
        } finally {
            if (!consumed) {
                // Drops the connection: closing a half-read answer would otherwise read the rest of it.
                post.cancel();
            }
            closeQuietly(response);
        }
    }

    private String timedOut() {
        return "timed out after " + timeout.toMillis() + " ms";
    }

    /** Reads at most {@link #MAX_RESPONSE_BYTES} of the answer; true if that was all of it. */
    private static boolean readBounded(HttpEntity entity) throws IOException {
        if (entity == null) {
            return true;
        }
        InputStream body = entity.getContent();
        body.readNBytes(MAX_RESPONSE_BYTES);
        return body.read() < 0;
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException | RuntimeException ignored) {
                // the connection is gone either way
            }
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }
}
