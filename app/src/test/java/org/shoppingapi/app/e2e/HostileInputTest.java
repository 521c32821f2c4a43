package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §1's input rules, checked once at the edge: numbers with more than 40 significant digits or an exponent beyond
 * ±308 (also in pass-through objects), nesting deeper than 32, duplicate keys and U+0000 are a 400 naming the field,
 * never a 200 that later cannot be read back, and never a 500. What is accepted reads back, lists included.
 */
class HostileInputTest {

    @AutoClose
    static TestService app;
    static DraftApi drafts;
    static OrderApi orders;

    @BeforeAll
    static void start() {
        app = TestService.start(HostileInputTest.class);
        drafts = new DraftApi(app);
        orders = new OrderApi(app, TestService.ACCOUNT);
    }

    private static String draftWith(String orderFields, String itemFields) {
        return "{\"order\": {\"currency\": \"NOK\"" + orderFields + ", \"items\": [{\"id\": \"a\", \"line_id\": 1,"
                + " \"gross_amount\": 100, \"tax_lines\": [{\"percentage\": 25}]" + itemFields + "}]}}";
    }

    private static void assertRefused(TestService.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().at("/error/errors/0/field").asText()).as(answer.body()).isEqualTo(field);
        assertThat(answer.json().at("/error/message").asText()).as(answer.body()).contains(field);
    }

    @Test
    void numbers_beyond_the_exponent_or_digit_limits_are_refused_in_metadata_naming_the_field() {
        for (String number : new String[]{"1E+1000", "123456789e995", "1E-1001", "1E+1000000", "1E-1000000",
                "1e309", "12345678901234567890123456789012345678901", "1.2345678901234567890123456789012345678901"}) {
            assertRefused(drafts.create(draftWith(", \"metadata\": {\"x\": " + number + "}", "")), "order.metadata.x");
            assertRefused(drafts.create(draftWith("", ", \"metadata\": {\"deep\": [0, " + number + "]}")),
                    "order.items[0].metadata.deep[1]");
        }
    }

    @Test
    void an_item_quantity_beyond_the_limits_is_refused() {
        assertRefused(drafts.create(draftWith("", ", \"quantity\": 1E+1000")), "order.items[0].quantity");
        assertRefused(drafts.create(draftWith("", ", \"quantity\": 1E-1001")), "order.items[0].quantity");
    }

    @Test
    void service_event_and_payment_operation_metadata_are_checked_too() {
        JsonNode order = orders.create("", OrderApi.item(1, 100, "25"));
        String orderId = order.get("id").asText();
        assertRefused(orders.postEvent(orderId, "{\"service\": \"s\", \"service_status\": \"x\","
                + " \"metadata\": {\"n\": 1E+1000}}"), "metadata.n");
        assertRefused(orders.pay(orderId, "captures", "{\"items\": [{\"line_id\": 1, \"amount\": 10}],"
                + " \"metadata\": {\"n\": 1E-1001}}"), "metadata.n");
        assertThat(orders.get(orderId).status()).isEqualTo(200);
        assertThat(orders.events(orderId).status()).isEqualTo(200);
    }

    @Test
    void numbers_at_the_limits_are_accepted_and_read_back_also_in_lists() {
        String body = draftWith(", \"metadata\": {\"big\": 9.999999999999999999999999999999999999999E+308,"
                + " \"small\": -1.234567890123456789012345678901234567890E-308, \"digits\": 1234567890123456789012345678901234567890}",
                ", \"quantity\": 1E+308");
        TestService.Answer created = drafts.create(body);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().get("id").asText();
        TestService.Answer read = drafts.get(id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().at("/order/metadata/digits").bigIntegerValue().toString())
                .isEqualTo("1234567890123456789012345678901234567890");
        assertThat(read.json().at("/order/metadata/big").decimalValue())
                .isEqualByComparingTo("9.999999999999999999999999999999999999999E+308");
        assertThat(read.json().at("/order/items/0/quantity").decimalValue()).isEqualByComparingTo("1E+308");
        assertThat(drafts.list("limit=100").status()).isEqualTo(200);
    }

    @Test
    void nesting_deeper_than_32_levels_is_refused_and_32_is_read_back() {
        // The body's root object is level 1; order, metadata and 30 more objects make 32 in all.
        String ok = draftWith(", \"metadata\": " + nested(30), "");
        TestService.Answer accepted = drafts.create(ok);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(drafts.get(accepted.json().get("id").asText()).status()).isEqualTo(200);

        TestService.Answer tooDeep = drafts.create(draftWith(", \"metadata\": " + nested(31), ""));
        assertThat(tooDeep.status()).as(tooDeep.body()).isEqualTo(400);
        assertThat(tooDeep.json().at("/error/errors/0/field").asText()).startsWith("order.metadata.a.a");
        assertThat(tooDeep.json().at("/error/message").asText()).contains("32");

        TestService.Answer veryDeep = drafts.create(draftWith(", \"metadata\": " + nested(997), ""));
        assertThat(veryDeep.status()).as(veryDeep.body()).isEqualTo(400);
        assertThat(drafts.list("limit=100").status()).isEqualTo(200);
    }

    /** {@code levels} objects nested in each other: {"a": {"a": ... {}}}. */
    private static String nested(int levels) {
        return "{\"a\": ".repeat(levels - 1) + "{}" + "}".repeat(levels - 1);
    }

    @Test
    void duplicate_keys_are_refused_naming_the_key() {
        TestService.Answer answer = drafts.create("{\"order\": {\"currency\": \"NOK\", \"currency\": \"SEK\"}}");
        assertRefused(answer, "order.currency");
        assertThat(answer.json().at("/error/message").asText()).contains("duplicate");
        assertRefused(drafts.create(draftWith(", \"metadata\": {\"k\": 1, \"k\": 2}", "")), "order.metadata.k");
    }

    @Test
    void a_nul_character_in_any_string_or_key_is_refused() {
        assertRefused(drafts.create(draftWith(", \"comment\": \"a\\u0000b\"", "")), "order.comment");
        assertRefused(drafts.create(draftWith(", \"metadata\": {\"k\\u0000\": 1}", "")), "order.metadata.k\u0000");
        assertRefused(drafts.create(draftWith("", ", \"description\": \"\\u0000\"")), "order.items[0].description");
        JsonNode order = orders.create("", OrderApi.item(1, 100, "25"));
        assertRefused(orders.postEvent(order.get("id").asText(),
                "{\"service\": \"s\\u0000\", \"service_status\": \"x\"}"), "service");
    }

    @Test
    void a_nul_character_in_a_path_id_or_query_parameter_is_400_not_500() {
        TestService.Answer byOrderId = app.get(orders.orders() + "/abc%00def");
        assertThat(byOrderId.status()).as(byOrderId.body()).isEqualTo(400);
        assertThat(byOrderId.json().at("/error/errors/0/field").asText()).isEqualTo("order_id");
        TestService.Answer store = app.get(orders.base() + "/stores/s%00/orders");
        assertThat(store.status()).as(store.body()).isEqualTo(400);
        assertThat(store.json().at("/error/errors/0/field").asText()).isEqualTo("store_id");
        TestService.Answer query = app.get(orders.orders() + "?status=open%00");
        assertThat(query.status()).as(query.body()).isEqualTo(400);
        assertThat(query.json().at("/error/errors/0/field").asText()).isEqualTo("status");
    }

    @Test
    void a_nul_character_in_basic_credentials_is_a_401_not_a_500() {
        TestService.Answer answer = app.requestToken(TestService.ACCOUNT, "e2e\u0000client", "secret");
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
    }

    @Test
    void conflicting_content_length_headers_or_content_length_with_chunked_are_400_and_nothing_is_smuggled()
            throws IOException {
        String smuggled = "GET /observe/health HTTP/1.1\r\nHost: x\r\n\r\n";
        String conflicting = "POST " + drafts.drafts() + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nContent-Length: " + (2 + smuggled.length()) + "\r\n\r\n{}" + smuggled;
        assertOneRefusal(rawExchange(conflicting));
        String both = "POST " + drafts.drafts() + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled;
        assertOneRefusal(rawExchange(both));
    }

    private static void assertOneRefusal(String answers) {
        assertThat(answers).startsWith("HTTP/1.1 400");
        // One answer only: the bytes after the first request's body were not read as a second request.
        assertThat(answers.split("HTTP/1\\.1 ", -1)).as(answers).hasSize(2);
    }

    /** Writes {@code request} on a fresh connection and reads what comes back until the server closes or pauses. */
    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.service().port())) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | SocketException stillOpenOrReset) {
                // what arrived so far is the answer
            }
            return out.toString(StandardCharsets.US_ASCII);
        }
    }
}
