package org.shoppingapi.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.rest.RestSlice.unexpected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.AddOrderEventCommand;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.OrderEvents;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;

/**
 * The order event resource as a slice, in memory against fake use cases (no database): a body becomes one command
 * (its state read from the wire name), the stored event becomes its JSON with the order's links, list parameters one
 * query and the page its JSON with the overall state, and a refused field or an unknown order its status and body.
 */
class OrderEventResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String EVENTS = "/accounts/" + ACCOUNT + "/shopping/orders/ORDER-1/events";
    static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");
    static final UUID ID = new UUID(0, 7);

    final List<Object> calls = new ArrayList<>();

    final RestSlice slice = new RestSlice(ACCOUNT, Set.of(Scopes.WRITE_ORDER_EVENTS),
            new OrderEventResource(new OrderUseCases(
                    query -> unexpected(), query -> unexpected(), command -> unexpected(), command -> unexpected(),
                    command -> unexpected(), command -> unexpected(),
                    command -> {
                        calls.add(command);
                        if (command.orderRef().equals("GONE")) {
                            throw new NotFoundException("order", command.orderRef());
                        }
                        return event(command.state() == null ? EventState.SUCCESS : command.state());
                    },
                    (query, limit, after) -> {
                        calls.add(List.of(query, limit, after));
                        return new OrderEvents(List.of(event(EventState.PENDING)), EventState.PENDING,
                                Optional.of(ID));
                    },
                    command -> unexpected(), (order, kind) -> unexpected(), (order, kind, id) -> unexpected())));

    static ServiceEvent event(EventState state) {
        return new ServiceEvent(ID, AT, "pos-1", state, "warehouse", "picked", "all items picked",
                Map.of("bin", "A-7"));
    }

    @Test
    void a_posted_event_becomes_one_command_and_answers_its_json_with_the_orders_links() throws Exception {
        Answer answer = slice.call("POST", EVENTS, """
                {"state": "failure", "service": "warehouse", "service_status": "picked",
                 "description": "all items picked", "metadata": {"bin": "A-7"}}""");

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(AddOrderEventCommand.class, command -> {
            assertThat(command.orderRef()).isEqualTo("ORDER-1");
            assertThat(command.state()).isEqualTo(EventState.FAILURE);
            assertThat(command.service()).isEqualTo("warehouse");
            assertThat(command.serviceStatus()).isEqualTo("picked");
            assertThat(command.metadata().asMap()).isEqualTo(Map.of("bin", "A-7"));
        });
        assertThat(answer.body().get("id").asText()).isEqualTo(ID.toString());
        assertThat(answer.body().get("state").asText()).isEqualTo("failure");
        assertThat(answer.body().get("service_status").asText()).isEqualTo("picked");
        assertThat(answer.body().at("/_links/1/href").asText()).isEqualTo("/v1" + EVENTS);
    }

    @Test
    void a_refused_field_is_400_naming_it_and_an_unknown_order_404() throws Exception {
        Answer state = slice.call("POST", EVENTS, "{\"state\": \"done\", \"service\": \"w\", \"service_status\": \"s\"}");
        Answer limit = slice.call("GET", EVENTS + "?limit=many", null);
        Answer after = slice.call("GET", EVENTS + "?starting_after=nope", null);
        assertThat(state.status()).isEqualTo(400);
        assertThat(state.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(state.errorFields()).containsExactly("state");
        assertThat(limit.errorFields()).containsExactly("limit");
        assertThat(after.errorFields()).containsExactly("starting_after");
        assertThat(calls).isEmpty();

        Answer gone = slice.call("POST", EVENTS.replace("ORDER-1", "GONE"),
                "{\"service\": \"w\", \"service_status\": \"s\"}");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void list_parameters_become_one_query_and_the_page_carries_the_overall_state() throws Exception {
        Answer answer = slice.call("GET", EVENTS + "?limit=1&starting_after=" + new UUID(0, 3), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(calls).containsExactly(List.of(GetOrderQuery.of(ACCOUNT, "ORDER-1"), 1,
                Optional.of(new UUID(0, 3))));
        assertThat(answer.body().get("events")).singleElement()
                .satisfies(e -> assertThat(e.get("state").asText()).isEqualTo("pending"));
        assertThat(answer.body().get("state").asText()).isEqualTo("pending");
    }
}
