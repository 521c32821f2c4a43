package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.WebhookTesting.DRAFT;
import static org.shoppingapi.app.e2e.WebhookTesting.subscription;

import io.helidon.logging.common.HelidonMdc;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.app.testing.LogCapture;
import org.shoppingapi.rest.observe.RequestObservationFilter;

/**
 * X-Request-Id: a valid one (1..128 visible ASCII) is kept, anything else replaced by a generated one; the answer
 * carries it, so does every error body ({@code error.request_id}), every log line written while serving the request,
 * and every webhook delivery the request caused ({@code request-id}).
 */
class RequestIdTest {

    private static final String DRAFTS = "/v1/accounts/" + TestService.ACCOUNT + "/shopping/draft_orders";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** Each record with the request id the MDC held when it was logged (on the logging thread). */
    record Logged(LogRecord record, String requestId) {
    }

    static final List<Logged> LOGGED = new CopyOnWriteArrayList<>();
    private static LogCapture capture;

    @AutoClose
    static TestService app;
    @AutoClose
    static TestReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new TestReceiver();
        app = TestService.start(RequestIdTest.class, WebhookTesting.FAST);
        // After the start: Helidon's logging setup re-reads the logging configuration, dropping earlier handlers.
        capture = LogCapture.start(
                record -> LOGGED.add(new Logged(record, HelidonMdc.get(RequestObservationFilter.MDC_KEY).orElse(null))));
    }

    @AfterAll
    static void stopCapturing() {
        capture.close();
    }

    @Test
    void a_valid_request_id_is_answered_as_it_came() {
        String id = "pos-7/order-4711:retry=2";
        TestService.Answer answer = app.get(DRAFTS, "X-Request-Id", id);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("X-Request-Id")).isEqualTo(id);
        String longest = "a".repeat(128);
        assertThat(app.get(DRAFTS, "X-Request-Id", longest).header("X-Request-Id")).isEqualTo(longest);
    }

    @Test
    void a_missing_or_invalid_request_id_is_replaced_by_a_generated_one() {
        String none = app.get(DRAFTS).header("X-Request-Id");
        String tooLong = app.get(DRAFTS, "X-Request-Id", "a".repeat(129)).header("X-Request-Id");
        String withSpace = app.get(DRAFTS, "X-Request-Id", "two words").header("X-Request-Id");
        String empty = app.get(DRAFTS, "X-Request-Id", "").header("X-Request-Id");

        assertThat(List.of(none, tooLong, withSpace, empty)).allMatch(id -> id.matches(UUID_PATTERN));
        assertThat(List.of(none, tooLong, withSpace, empty)).doesNotHaveDuplicates();
        // Outside the API too (Helidon's own routes).
        assertThat(app.sendRaw("GET", "/observe/health", null).header("X-Request-Id")).matches(UUID_PATTERN);
    }

    @Test
    void error_bodies_name_the_request() {
        TestService.Answer notFound = app.get(DRAFTS + "/" + java.util.UUID.randomUUID(), "X-Request-Id", "req-404");
        TestService.Answer badInput = app.post(DRAFTS, "{\"order\": {}}", "X-Request-Id", "req-400");
        TestService.Answer noToken = app.anonymous().get(DRAFTS);

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().at("/error/request_id").asText()).isEqualTo("req-404");
        assertThat(badInput.status()).isEqualTo(400);
        assertThat(badInput.json().at("/error/request_id").asText()).isEqualTo("req-400");
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().at("/error/request_id").asText()).isEqualTo(noToken.header("X-Request-Id"));
    }

    @Test
    void every_log_line_of_the_request_carries_its_id() {
        app.get(DRAFTS + "/not-a-uuid", "X-Request-Id", "req-logged");

        // The access line is written once the answer is out, so it may follow the client's read by a moment.
        TestReceiver.await("the access line", Duration.ofSeconds(30), () -> !accessLines("req-logged").isEmpty());
        List<Logged> access = accessLines("req-logged");
        assertThat(access).singleElement().satisfies(l -> {
            assertThat(l.requestId()).isEqualTo("req-logged");
            assertThat(l.record().getMessage())
                    .contains("method=GET", "route=/v1/accounts/{aid}/shopping/draft_orders/{id}", "status=400",
                            "account=T12345678", "client_id=" + TestService.TEST_CLIENT_ID)
                    .doesNotContain("not-a-uuid", "Bearer");
        });
        // Nothing logged on a request thread lacks the id: every record written while an id was set has it.
        assertThat(LOGGED).filteredOn(l -> l.record().getMessage().contains("req-logged"))
                .allMatch(l -> "req-logged".equals(l.requestId()));
    }

    private static List<Logged> accessLines(String requestId) {
        return LOGGED.stream()
                .filter(l -> RequestObservationFilter.ACCESS_LOGGER.equals(l.record().getLoggerName()))
                .filter(l -> l.record().getMessage().contains("request_id=" + requestId))
                .toList();
    }

    @Test
    void webhook_deliveries_carry_the_id_of_the_request_that_caused_them() {
        String account = "T40400001";
        String hooks = "/v1/accounts/" + account + "/hooks/subscriptions";
        assertThat(app.post(hooks, subscription(receiver.url("/traced"), "s3cret", "shopping_draft_add")).status())
                .isEqualTo(200);

        TestService.Answer draft = app.post("/v1/accounts/" + account + "/shopping/draft_orders", DRAFT,
                "X-Request-Id", "checkout-42");
        assertThat(draft.status()).isEqualTo(200);

        TestReceiver.await("the delivery", Duration.ofSeconds(30), () -> !receiver.requests("/traced").isEmpty());
        TestReceiver.Request delivery = receiver.requests("/traced").get(0);
        assertThat(delivery.header("request-id")).isEqualTo("checkout-42");
        assertThat(OpenApiContract.get().schemaProblems("/components/schemas/WebhookDelivery", delivery.text()))
                .isEmpty();
    }
}
