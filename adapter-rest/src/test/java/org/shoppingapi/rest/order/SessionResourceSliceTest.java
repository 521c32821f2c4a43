package org.shoppingapi.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.CheckoutUnavailableException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.domain.order.SessionUrls;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ReadPaymentSessionsUseCase;
import org.shoppingapi.ports.in.order.StartPaymentSessionCommand;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;
import org.shoppingapi.rest.wire.SessionMapper;

/**
 * The payment session resource as a slice, in memory against fake use cases (no database, no provider): a body
 * becomes one command, a session its JSON with its self link (its id escaped) and checkout link, and refused fields,
 * an unknown order or session and an unavailable provider become their statuses and error bodies.
 */
class SessionResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String SESSIONS = "/accounts/" + ACCOUNT + "/shopping/orders/ORDER-1/sessions";
    static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    static final String BODY = """
            {"items": [{"line_id": 1, "amount": 10000}, {"line_id": 2, "amount": 2000}], "profile_id": "P-1",
             "url": {"return_url": "https://shop.example.com/back"}, "metadata": {"cart": "c-9"}}""";

    final List<Object> calls = new ArrayList<>();
    RuntimeException providerRefusal;

    final RestSlice slice = new RestSlice(ACCOUNT, Set.of(Scopes.WRITE_SHOPPING), new SessionResource(
            new SessionResource.UseCases(command -> {
                calls.add(command);
                if (providerRefusal != null) {
                    throw providerRefusal;
                }
                return session("ps 1/a", command.request().items());
            }, new ReadPaymentSessionsUseCase() {
                @Override
                public List<PaymentSession> list(GetOrderQuery order) {
                    calls.add(order);
                    return List.of(session("first", List.of(new PaymentItem(1, 100))));
                }

                @Override
                public PaymentSession get(GetOrderQuery order, String sessionId) {
                    calls.add(sessionId);
                    throw new NotFoundException("payment session", sessionId);
                }
            }), new SessionMapper()));

    static PaymentSession session(String id, List<PaymentItem> items) {
        return new PaymentSession(id, "https://pay.example.com/" + id, items.stream().mapToLong(PaymentItem::amount)
                .sum(), "NOK", items, "P-1", new SessionUrls("https://shop.example.com/back", null, null), Map.of(),
                AT, "pos-1");
    }

    @Test
    void a_posted_session_becomes_one_command_and_answers_its_json_and_links() throws Exception {
        Answer answer = slice.call("POST", SESSIONS, BODY);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(StartPaymentSessionCommand.class, command -> {
            assertThat(command.orderRef()).isEqualTo("ORDER-1");
            assertThat(command.request().items()).containsExactly(new PaymentItem(1, 10000), new PaymentItem(2, 2000));
            assertThat(command.request().profileId()).isEqualTo("P-1");
            assertThat(command.request().urls().returnUrl()).isEqualTo("https://shop.example.com/back");
            assertThat(command.request().metadata()).isEqualTo(Map.of("cart", "c-9"));
        });
        assertThat(answer.body().get("amount").asLong()).isEqualTo(12000);
        assertThat(answer.body().has("metadata")).as("empty metadata is left out").isFalse();
        assertThat(answer.body().at("/_links/0/href").asText()).isEqualTo("/v1" + SESSIONS + "/ps%201%2Fa");
        assertThat(answer.body().at("/_links/1/rel").asText()).isEqualTo("checkout");
    }

    @Test
    void refused_fields_are_400_naming_each_and_reach_no_use_case() throws Exception {
        Answer answer = slice.call("POST", SESSIONS, "{\"items\": [{\"line_id\": 1, \"amount\": 0}]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(answer.errorFields()).containsExactly("items[0].amount", "profile_id", "url.return_url");
        assertThat(slice.call("POST", SESSIONS, "{\"items\": \"all\"}").errorFields()).containsExactly("items");
        assertThat(calls).isEmpty();
    }

    @Test
    void an_unknown_session_is_404_and_an_unavailable_provider_502() throws Exception {
        Answer unknown = slice.call("GET", SESSIONS + "/nope", null);
        providerRefusal = new CheckoutUnavailableException("the provider timed out");
        Answer unavailable = slice.call("POST", SESSIONS, BODY);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(unavailable.status()).isEqualTo(502);
        assertThat(unavailable.errorCode()).isEqualTo(CheckoutUnavailableException.CODE);
        assertThat(slice.call("GET", SESSIONS, null).body().get("sessions")).singleElement()
                .satisfies(s -> assertThat(s.get("id").asText()).isEqualTo("first"));
        assertThat(calls.get(0)).isEqualTo("nope");
        assertThat(calls.get(2)).isEqualTo(GetOrderQuery.of(ACCOUNT, "ORDER-1"));
    }
}
