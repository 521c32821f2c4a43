package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.PaymentSessionsTest.SESSION;
import static org.shoppingapi.app.e2e.PaymentSessionsTest.order;
import static org.shoppingapi.app.e2e.PaymentSessionsTest.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payment sessions (SPEC §5b) through the Checkout API client, against {@link CheckoutStub}, a local server that checks
 * the token request and the session request it is sent; a provider that fails, hangs past the timeout or answers
 * without a URL is 502 and leaves nothing behind.
 */
class CheckoutApiSessionsTest {

    @AutoClose
    static CheckoutStub stub;
    @AutoClose
    static TestService app;

    @BeforeAll
    static void start() {
        stub = new CheckoutStub();
        // A short timeout keeps the hanging-provider case quick; the stub answers the others at once.
        app = TestService.start(CheckoutApiSessionsTest.class, Map.of("checkout.api-url", stub.url(),
                "checkout.account-id", CheckoutStub.ACCOUNT, "checkout.client-id", CheckoutStub.CLIENT_ID,
                "checkout.client-secret", CheckoutStub.CLIENT_SECRET, "checkout.timeout", "PT2S"));
    }

    @BeforeEach
    void freshStub() {
        stub.reset();
    }

    @Test
    void the_checkout_api_gets_a_token_and_the_order_lines_and_its_answer_becomes_the_session() {
        OrderApi api = new OrderApi(app, "T70000006");
        String orderId = order(api);

        TestService.Answer started = sessions(app, api, orderId, SESSION);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("id").asText()).isEqualTo(CheckoutStub.ACCOUNT + ".stub-session-1");
        assertThat(started.json().get("url").asText())
                .isEqualTo("https://checkout.example.com/v1/view/" + CheckoutStub.ACCOUNT + ".stub-session-1");
        CheckoutStub.Received request = stub.sessionRequests().getLast();
        assertThat(request.authorization()).startsWith("Bearer token-");
        JsonNode sent = request.body();
        assertThat(sent.get("profile_id").asText()).isEqualTo("P-default");
        assertThat(sent.at("/url/return_url").asText()).isEqualTo("https://shop.example.com/return");
        assertThat(sent.at("/url/callback_url").asText()).isEqualTo("https://shop.example.com/cb");
        assertThat(sent.at("/order/amount").asLong()).isEqualTo(12000);
        assertThat(sent.at("/order/currency").asText()).isEqualTo("NOK");
        assertThat(sent.at("/order/merchant_reference").asText()).isEqualTo("POS 1");
        JsonNode chair = sent.at("/order/items/0");
        assertThat(chair.get("id").asText()).isEqualTo("chair");
        assertThat(chair.get("line_id").asText()).isEqualTo("1");
        assertThat(chair.get("description").asText()).isEqualTo("Chair");
        assertThat(chair.get("quantity").asInt()).isEqualTo(1);
        assertThat(chair.get("amount").asLong()).isEqualTo(10000);
        assertThat(chair.get("vat_amount").asLong()).as("25 % inside 10000").isEqualTo(2000);
        assertThat(chair.get("vat").decimalValue()).isEqualByComparingTo("25");
        JsonNode table = sent.at("/order/items/1");
        assertThat(table.get("amount").asLong()).isEqualTo(2000);
        assertThat(table.get("vat_amount").asLong()).as("round(2000 × 15 / 115) = 260.87").isEqualTo(261);
        assertThat(sent.at("/metadata/cart").asText()).isEqualTo("c-9");

        JsonNode stored = app.get(api.order(orderId) + "/sessions").json().get("sessions");
        assertThat(stored).containsExactly(started.json());
        assertThat(api.get(orderId).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void the_token_is_kept_until_it_expires() {
        OrderApi api = new OrderApi(app, "T70000007");
        String orderId = order(api);
        stub.expiresIn(0);
        // The token cached from an earlier test was revoked by the reset: the 401 makes the client fetch a new one.
        assertThat(sessions(app, api, orderId, SESSION).status()).isEqualTo(200);
        assertThat(sessions(app, api, orderId, SESSION).status()).isEqualTo(200);
        assertThat(stub.tokensIssued()).as("a token that expired at once is fetched again").isEqualTo(2);
        stub.expiresIn(3600);
        for (int i = 0; i < 3; i++) {
            assertThat(sessions(app, api, orderId, SESSION).status()).isEqualTo(200);
        }
        assertThat(stub.tokensIssued()).as("one more, then kept").isEqualTo(3);
        assertThat(stub.sessionsStarted()).isEqualTo(5);
        assertThat(app.get(api.order(orderId) + "/sessions").json().get("sessions")).hasSize(5);
    }

    @Test
    void a_failing_hanging_or_unusable_provider_is_502_and_nothing_is_stored() {
        OrderApi api = new OrderApi(app, "T70000008");
        String orderId = order(api);

        for (CheckoutStub.Mode mode : List.of(CheckoutStub.Mode.FAIL, CheckoutStub.Mode.HANG,
                CheckoutStub.Mode.NO_URL)) {
            stub.mode(mode);
            TestService.Answer failed = sessions(app, api, orderId, SESSION, "Idempotency-Key", "k-" + mode);
            assertThat(failed.status()).as(mode + ": " + failed.body()).isEqualTo(502);
            assertThat(failed.json().at("/error/code").asText()).isEqualTo("CHECKOUT_UNAVAILABLE");
        }
        assertThat(app.get(api.order(orderId) + "/sessions").json().get("sessions")).isEmpty();
        assertThat(api.get(orderId).json().get("version").asLong()).as("no api-event").isZero();

        stub.mode(CheckoutStub.Mode.OK);
        TestService.Answer retried = sessions(app, api, orderId, SESSION, "Idempotency-Key", "k-FAIL");
        assertThat(retried.status()).as("a 502 gives the key up: the retry runs afresh").isEqualTo(200);
        assertThat(app.get(api.order(orderId) + "/sessions").json().get("sessions")).hasSize(1);
    }
}
