package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.logging.jul.HelidonFormatter;
import java.time.Duration;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.app.JsonLogFormatter;
import org.shoppingapi.app.testing.LogCapture;
import org.shoppingapi.ports.in.auth.RegisteredClient;

/**
 * Runs the error paths a client can provoke (bad and tampered tokens, wrong secrets, malformed and refused bodies,
 * unknown routes, conflicts, reused idempotency keys, refused webhook deliveries) carrying secrets and personal
 * data, and scans every log line written meanwhile, in the plain and the JSON format, for any of them.
 */
class LogSecretsTest {

    private static final String ACCOUNT = TestService.ACCOUNT;
    private static final String DRAFTS = "/v1/accounts/" + ACCOUNT + "/shopping/draft_orders";
    private static final String EMAIL = "kari.nordmann.4711@example.com";
    private static final String PHONE = "+4791234567";
    private static final String NATIONAL_ID = "01017012345";
    private static final String WRONG_SECRET = "Wr0ng-S3cret-Never-Logged";
    private static final String HOOK_SECRET = "hook-S3cret-Never-Logged";
    private static final String MARKER = "Body-Marker-Never-Logged";

    private static final StringBuffer LOGGED = new StringBuffer();
    private static final List<Formatter> FORMATS = List.of(new HelidonFormatter(), new JsonLogFormatter());
    private static LogCapture capture;

    @AutoClose
    static TestService app;
    @AutoClose
    static TestReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new TestReceiver();
        app = TestService.start(LogSecretsTest.class, WebhookTesting.FAST);
        capture = LogCapture.start(record -> FORMATS.forEach(f -> LOGGED.append(f.format(record))));
        // Production's levels for the libraries (INFO), and everything our own code logs, down to FINEST.
        OURS.setLevel(Level.ALL);
    }

    /** Held, so the level set on it is not lost when the logger would be garbage collected. */
    private static final Logger OURS = Logger.getLogger("org.shoppingapi");

    @AfterAll
    static void stop() {
        capture.close();
        OURS.setLevel(null);
    }

    @Test
    void no_secret_token_or_personal_data_reaches_any_log_line() {
        RegisteredClient client = app.registerClient(ACCOUNT, "admin:shopping", "admin:hooks");
        String token = app.token(ACCOUNT, client.clientId(), client.clientSecret());
        String bearer = "Bearer " + token;
        String customer = "\"customer\": {\"customer_id\": \"c-1\", \"email\": \"" + EMAIL + "\", \"phone_number\": \""
                + PHONE + "\", \"national_id\": \"" + NATIONAL_ID + "\"}";
        String draft = "{\"order\": {\"currency\": \"NOK\", " + customer + ", \"metadata\": {\"note\": \"" + MARKER
                + "\"}, \"items\": [{\"id\": \"chair\", \"line_id\": 1, \"quantity\": 1, \"gross_amount\": 39800,"
                + " \"tax_lines\": [{\"percentage\": 25}]}]}}";

        // Token endpoint: wrong secret, unknown client, malformed Basic, bad grant type.
        app.requestToken(ACCOUNT, client.clientId(), WRONG_SECRET);
        app.requestToken(ACCOUNT, "no-such-client", WRONG_SECRET);
        app.sendRaw("POST", TestService.tokenPath(ACCOUNT), TestService.tokenRequestBody(ACCOUNT),
                "Authorization", "Basic " + WRONG_SECRET);
        app.sendRaw("POST", TestService.tokenPath(ACCOUNT), "{\"grant_type\": \"" + WRONG_SECRET + "\"}",
                "Authorization", TestService.basic(client.clientId(), client.clientSecret()));
        // Tampered, foreign-account and missing tokens.
        app.sendRaw("GET", DRAFTS, null, "Authorization", bearer + "x");
        app.sendRaw("GET", "/v1/accounts/T99999999/shopping/draft_orders", null, "Authorization", bearer);
        app.sendRaw("GET", DRAFTS + "?access_token=" + token, null);
        // Bodies with personal data: accepted, malformed, refused, conflicting, oversized.
        TestService.Answer created = app.sendRaw("POST", DRAFTS, draft, "Authorization", bearer,
                "Idempotency-Key", "scan-1");
        assertThat(created.status()).isEqualTo(200);
        app.sendRaw("POST", DRAFTS, draft.replace("39800", "\"" + EMAIL + "\""), "Authorization", bearer);
        app.sendRaw("POST", DRAFTS, "{\"order\": " + MARKER + EMAIL, "Authorization", bearer);
        app.sendRaw("POST", DRAFTS, draft.replace("NOK", "N"), "Authorization", bearer);
        app.sendRaw("POST", DRAFTS, draft.replace(MARKER, MARKER + "-2"), "Authorization", bearer,
                "Idempotency-Key", "scan-1");
        try {
            app.sendRaw("POST", DRAFTS, draft.replace(MARKER, "x".repeat(1_100_000) + MARKER), "Authorization", bearer);
        } catch (java.io.UncheckedIOException closedMidBody) {
            // The service may close the connection (413) before the client has sent the whole body; either is fine.
        }
        String id = created.json().get("id").asText();
        app.sendRaw("PUT", DRAFTS + "/" + id, draft, "Authorization", bearer, "If-Match", "\"9\"");
        app.sendRaw("GET", "/v1/accounts/" + ACCOUNT + "/" + MARKER + "/" + EMAIL, null, "Authorization", bearer);
        app.sendRaw("GET", "/v1/accounts/" + ACCOUNT + "/shopping/orders/" + NATIONAL_ID, null, "Authorization", bearer);
        // A webhook the receiver refuses: the delivery fails and is logged about, the secret must not be.
        receiver.script("/refusing", 400);
        app.sendRaw("POST", "/v1/accounts/" + ACCOUNT + "/hooks/subscriptions",
                WebhookTesting.subscription(receiver.url("/refusing"), HOOK_SECRET, "shopping_draft_add"),
                "Authorization", bearer);
        app.sendRaw("POST", DRAFTS, draft, "Authorization", bearer);
        TestReceiver.await("the refused delivery", Duration.ofSeconds(30),
                () -> !receiver.requests("/refusing").isEmpty());

        String logs = LOGGED.toString();
        assertThat(logs).as("the access log ran").contains("route=/v1/accounts/{aid}/shopping/draft_orders");
        assertThat(logs).doesNotContain(client.clientSecret(), WRONG_SECRET, HOOK_SECRET, token,
                token.substring(token.lastIndexOf('.') + 1), TestService.basic(client.clientId(), client.clientSecret())
                        .substring("Basic ".length()), EMAIL, PHONE, NATIONAL_ID, MARKER);
    }
}
