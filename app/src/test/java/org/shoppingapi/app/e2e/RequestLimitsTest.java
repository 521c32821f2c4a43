package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies over 1 MiB are 413 in the SPEC error body (with or without Content-Length); odd bodies are 400, never 500. */
class RequestLimitsTest {

    @AutoClose
    static TestService app;
    static DraftApi api;

    @BeforeAll
    static void start() {
        app = TestService.start(RequestLimitsTest.class);
        api = new DraftApi(app);
    }

    /** A syntactically valid draft body a little over 1 MiB. */
    private static String hugeBody() {
        return "{\"order\": {\"currency\": \"NOK\", \"comment\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}}";
    }

    @Test
    void a_body_over_one_mebibyte_is_413_in_the_error_body() {
        TestService.Answer answer = api.create(hugeBody());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(answer.json().at("/error/message").asText()).contains("1 MiB");
        // The server will not read the rest of the body, so the client must not reuse the connection.
        assertThat(answer.header("Connection")).isEqualTo("close");
    }

    @Test
    void a_chunked_body_over_one_mebibyte_is_413_too() throws Exception {
        // No Content-Length: the server only learns the size while reading.
        byte[] bytes = hugeBody().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(api.drafts()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        TestService.Answer response = app.exchange(request);
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().at("/error/code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(response.header("Connection")).isEqualTo("close");
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        String body = "{\"order\": {\"currency\": \"NOK\", \"comment\": \"" + "x".repeat(1000 * 1000) + "\"}}";
        assertThat(api.create(body).status()).isEqualTo(200);
    }

    @Test
    void malformed_json_wrong_types_and_odd_bodies_are_400_never_500() {
        String[] bodies = {"{not json", "[]", "\"text\"", "42", "null", "{\"order\": []}", "{\"order\": {\"items\": {}}}",
                "{\"order\": {\"currency\": \"NOK\", \"items\": [null]}}",
                "{\"order\": {\"currency\": 5, \"items\": [{\"line_id\": 1, \"gross_amount\": 1e400}]}}",
                "{\"order\": {\"currency\": \"NOK\", \"items\": [{\"line_id\": 1, \"gross_amount\": 99999999999999999999}]}}",
                "{\"order\": {\"currency\": \"NOK\", \"items\": [{\"line_id\": 1, \"gross_amount\": 1, \"quantity\": \"x\"}]}}",
                "{\"order\": {\"currency\": \"NOK\"}, \"options\": {\"split_draft\": \"yes\"}}",
                // A million-digit percentage is refused before any tax is computed with it.
                "{\"order\": {\"currency\": \"NOK\", \"items\": [{\"line_id\": 1, \"gross_amount\": 100,"
                        + " \"tax_lines\": [{\"percentage\": 1E-1000000}]}]}}", ""};
        for (String body : bodies) {
            TestService.Answer answer = api.create(body);
            assertThat(answer.status()).as(body + " -> " + answer.body()).isEqualTo(400);
            assertThat(answer.json().at("/error/code").asText()).as(body).isNotBlank();
        }
        TestService.Answer typed = api.create("{\"order\": {\"currency\": \"NOK\", \"items\": [{\"line_id\": 1, \"gross_amount\": true}]}}");
        assertThat(typed.json().at("/error/errors/0/field").asText()).isEqualTo("order.items[0].gross_amount");
    }

    @Test
    void a_body_that_is_not_json_is_refused_without_a_500() {
        TestService.Answer answer = app.send("POST", api.drafts(), "order=1", "Content-Type", "text/plain");
        assertThat(answer.status()).as(answer.body()).isEqualTo(415);
        assertThat(answer.json().at("/error/code").asText()).isNotBlank();
    }
}
