package org.shoppingapi.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ListOrdersQuery;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;

/**
 * The store's order view as a slice, in memory against fake use cases (no database): the store id of the path and
 * the list parameters become one query limited to that store, the page its orders and a paging token that, sent back
 * as {@code starting_after}, names the same cursor; one order is asked for by store and order ref, another is a 404;
 * a refused parameter is a 400 naming it before any use case, a token without a shopping scope a 403.
 */
class StoreOrderResourceSliceTest {

    static final String ACCOUNT = OrderResourceSliceTest.ACCOUNT;
    static final String ORDERS = "/accounts/" + ACCOUNT + "/shopping/stores/store-7/orders";
    static final PageCursor NEXT = new PageCursor(OrderResourceSliceTest.ORDER.audit().createdAt(),
            OrderResourceSliceTest.ORDER.id());

    final List<Object> queries = new ArrayList<>();

    RestSlice slice(String scope) {
        return new RestSlice(ACCOUNT, Set.of(scope),
                new StoreOrderResource(OrderResourceSliceTest.reading(queries), OrderResourceSliceTest.answers()));
    }

    final RestSlice slice = slice(Scopes.WRITE_SHOPPING);

    @Test
    void the_store_and_list_parameters_become_one_query_and_the_paging_token_comes_back_as_the_same_cursor()
            throws Exception {
        Answer first = slice.call("GET", ORDERS + "?payment_status=paid&created_at.lte=2026-12-01T00:00:00Z"
                + "&limit=5", null);
        Answer second = slice.call("GET", ORDERS + "?starting_after="
                + first.body().get("paging_token").asText(), null);

        assertThat(first.status()).as(String.valueOf(first.body())).isEqualTo(200);
        assertThat(second.status()).as(String.valueOf(second.body())).isEqualTo(200);
        assertThat(queries).hasSize(2);
        assertThat(queries.get(0)).isInstanceOfSatisfying(ListOrdersQuery.class, query -> {
            assertThat(query.accountId()).isEqualTo(ACCOUNT);
            assertThat(query.storeId()).contains("store-7");
            assertThat(query.customerId()).isEmpty();
            assertThat(query.status()).isEmpty();
            assertThat(query.paymentStatus()).contains(PaymentStatus.PAID);
            assertThat(query.createdTo()).contains(Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(query.limit()).isEqualTo(5);
            assertThat(query.startingAfter()).isEmpty();
        });
        assertThat(queries.get(1)).isInstanceOfSatisfying(ListOrdersQuery.class, query -> {
            assertThat(query.storeId()).contains("store-7");
            assertThat(query.startingAfter()).contains(NEXT);
        });
        assertThat(first.body().get("orders")).singleElement().satisfies(order -> {
            assertThat(order.get("order_id").asText()).isEqualTo("ORDER-1");
            assertThat(order.get("status").asText()).isEqualTo("open");
            assertThat(order.has("events")).as("events only when asked for").isFalse();
        });
    }

    @Test
    void one_order_is_asked_for_by_store_and_order_ref_and_another_is_404() throws Exception {
        Answer found = slice.call("GET", ORDERS + "/ORDER-1?include_events=true", null);
        Answer missing = slice.call("GET", ORDERS + "/ORDER-2", null);

        assertThat(found.status()).as(String.valueOf(found.body())).isEqualTo(200);
        assertThat(found.body().get("order_id").asText()).isEqualTo("ORDER-1");
        assertThat(found.body().get("gross_amount").asLong()).isEqualTo(20000);
        assertThat(found.body().get("events")).hasSize(1);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(queries).containsExactly(new GetOrderQuery(ACCOUNT, "ORDER-1", Optional.of("store-7")),
                new GetOrderQuery(ACCOUNT, "ORDER-2", Optional.of("store-7")));
    }

    @Test
    void a_refused_parameter_is_400_naming_it_before_any_use_case() throws Exception {
        Answer payment = slice.call("GET", ORDERS + "?payment_status=unpaid", null);
        Answer from = slice.call("GET", ORDERS + "?created_at.gte=yesterday", null);
        Answer after = slice.call("GET", ORDERS + "?starting_after=page-2", null);
        Answer events = slice.call("GET", ORDERS + "?include_events=yes", null);

        for (Answer answer : List.of(payment, from, after, events)) {
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
        assertThat(payment.errorFields()).containsExactly("payment_status");
        assertThat(from.errorFields()).containsExactly("created_at.gte");
        assertThat(after.errorFields()).containsExactly("starting_after");
        assertThat(events.errorFields()).containsExactly("include_events");
        assertThat(queries).isEmpty();
    }

    @Test
    void an_order_events_scope_is_not_a_shopping_scope() throws Exception {
        RestSlice events = slice(Scopes.READ_ORDER_EVENTS);

        Answer list = events.call("GET", ORDERS, null);
        Answer one = events.call("GET", ORDERS + "/ORDER-1", null);

        assertThat(list.status()).isEqualTo(403);
        assertThat(one.status()).isEqualTo(403);
        assertThat(one.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(queries).isEmpty();
    }
}
