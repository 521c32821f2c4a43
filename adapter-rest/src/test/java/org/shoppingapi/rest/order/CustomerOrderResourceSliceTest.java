package org.shoppingapi.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ListOrdersQuery;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;

/**
 * The customer's order view as a slice, in memory against fake use cases (no database): the customer id of the path
 * (any string, percent-decoded) and the list parameters become one query limited to that customer, the page its
 * orders (with their events when asked for) and a paging token; one order is asked for by customer and order ref,
 * another is a 404; a refused parameter is a 400 naming it before any use case, a token without a shopping scope a 403.
 */
class CustomerOrderResourceSliceTest {

    static final String ACCOUNT = OrderResourceSliceTest.ACCOUNT;
    static final String CUSTOMER = "anna berg";
    static final String ORDERS = "/accounts/" + ACCOUNT + "/shopping/customers/anna%20berg/orders";

    final List<Object> queries = new ArrayList<>();

    RestSlice slice(String scope) {
        return new RestSlice(ACCOUNT, Set.of(scope),
                new CustomerOrderResource(OrderResourceSliceTest.reading(queries), OrderResourceSliceTest.answers()));
    }

    final RestSlice slice = slice(Scopes.READ_SHOPPING);

    @Test
    void the_customer_and_list_parameters_become_one_query_and_the_page_answers_orders_with_their_events()
            throws Exception {
        Answer answer = slice.call("GET", ORDERS + "?status=open&payment_status=pending"
                + "&created_at.gte=2026-11-01T00:00:00Z&limit=1&include_events=true", null);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(queries).singleElement().isInstanceOfSatisfying(ListOrdersQuery.class, query -> {
            assertThat(query.accountId()).isEqualTo(ACCOUNT);
            assertThat(query.customerId()).contains(CUSTOMER);
            assertThat(query.storeId()).isEmpty();
            assertThat(query.status()).contains(OrderStatus.OPEN);
            assertThat(query.paymentStatus()).contains(PaymentStatus.PENDING);
            assertThat(query.createdFrom()).contains(Instant.parse("2026-11-01T00:00:00Z"));
            assertThat(query.createdTo()).isEmpty();
            assertThat(query.limit()).isEqualTo(1);
        });
        assertThat(answer.body().get("orders")).singleElement().satisfies(order -> {
            assertThat(order.get("order_id").asText()).isEqualTo("ORDER-1");
            assertThat(order.get("events")).hasSize(1);
            assertThat(order.get("state").asText()).isNotBlank();
        });
        PageCursor next = new PageCursor(OrderResourceSliceTest.ORDER.audit().createdAt(),
                OrderResourceSliceTest.ORDER.id());
        assertThat(answer.body().get("paging_token").asText()).isEqualTo(next.token());
    }

    @Test
    void one_order_is_asked_for_by_customer_and_order_ref_and_answers_its_json_without_events_unless_asked()
            throws Exception {
        Answer plain = slice.call("GET", ORDERS + "/ORDER-1", null);
        Answer withEvents = slice.call("GET", ORDERS + "/ORDER-1?include_events=TRUE", null);

        assertThat(plain.status()).as(String.valueOf(plain.body())).isEqualTo(200);
        assertThat(queries).containsExactly(GetOrderQuery.ofCustomer(ACCOUNT, CUSTOMER, "ORDER-1"),
                GetOrderQuery.ofCustomer(ACCOUNT, CUSTOMER, "ORDER-1"));
        assertThat(plain.body().get("id").asText()).isEqualTo(OrderResourceSliceTest.ORDER.id().toString());
        assertThat(plain.body().get("order_id").asText()).isEqualTo("ORDER-1");
        assertThat(plain.body().at("/items/0/tax_lines/0/amount").asLong()).isEqualTo(2609);
        assertThat(plain.body().has("events")).isFalse();
        assertThat(plain.body().at("/_links/0/href").asText())
                .as("the customer's view links to the account's order")
                .isEqualTo("/v1/accounts/" + ACCOUNT + "/shopping/orders/ORDER-1");
        assertThat(withEvents.body().get("events")).hasSize(1);
    }

    @Test
    void an_order_that_is_not_the_customers_is_404() throws Exception {
        Answer answer = slice.call("GET", ORDERS + "/ORDER-2", null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(queries).containsExactly(GetOrderQuery.ofCustomer(ACCOUNT, CUSTOMER, "ORDER-2"));
    }

    @Test
    void a_refused_parameter_is_400_naming_it_before_any_use_case() throws Exception {
        Answer status = slice.call("GET", ORDERS + "?status=shipped", null);
        Answer range = slice.call("GET", ORDERS + "?created_at.gte=2026-12-01T00:00:00Z"
                + "&created_at.lte=2026-11-01T00:00:00Z", null);
        Answer limit = slice.call("GET", ORDERS + "?limit=101", null);
        Answer events = slice.call("GET", ORDERS + "/ORDER-1?include_events=maybe", null);

        for (Answer answer : List.of(status, range, limit, events)) {
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
        assertThat(status.errorFields()).containsExactly("status");
        assertThat(range.errorFields()).containsExactly("created_at.gte");
        assertThat(limit.errorFields()).containsExactly("limit");
        assertThat(events.errorFields()).containsExactly("include_events");
        assertThat(queries).isEmpty();
    }

    @Test
    void a_token_without_a_shopping_scope_reads_nothing() throws Exception {
        RestSlice billing = slice(Scopes.READ_BILLING);

        assertThat(billing.call("GET", ORDERS, null).status()).isEqualTo(403);
        assertThat(billing.call("GET", ORDERS + "/ORDER-1", null).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(queries).isEmpty();
    }
}
