package org.shoppingapi.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.pricing.Pricing;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ListOrdersQuery;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.auth.InvalidTokenException;
import org.shoppingapi.rest.auth.VerifiedToken;
import org.shoppingapi.rest.json.JsonMapping;
import org.shoppingapi.rest.wire.ContentMapper;
import org.shoppingapi.rest.wire.OrderMapper;
import org.shoppingapi.rest.wire.OrderUpdateMapper;
import org.shoppingapi.rest.wire.PaymentOperationMapper;

/**
 * The order resource as a slice, in memory against fake use cases (no database): query parameters become one
 * list query, a page becomes items plus a paging token, an order becomes its JSON, "not found" becomes 404.
 */
class OrderResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String BASE = "/accounts/" + ACCOUNT + "/shopping/orders";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Order ORDER = order();

    final List<Object> queries = new ArrayList<>();

    final ApplicationHandler app = new ApplicationHandler(RestApi.resourceConfig(JsonMapping.create(),
            token -> {
                if (!token.equals("reader")) {
                    throw new InvalidTokenException("unknown");
                }
                return new VerifiedToken("pos-1", ACCOUNT, Set.of(Scopes.READ_SHOPPING));
            }, List.of(new OrderResource(reading(queries), answers()))));

    /** SPEC §4's 15 % item as an open order. */
    static Order order() {
        UUID id = UUID.randomUUID();
        ApiEvent creation = new ApiEvent(UUID.randomUUID(), Instant.parse("2026-11-30T12:00:00Z"), "pos-1", 0,
                UUID.randomUUID(), new ChangeSource("/v1/complete", "PUT"));
        return Order.create(id, ACCOUNT, "ORDER-1", Pricing.price(OrderContent.of("NOK",
                List.of(Item.of("book", 1, "Book", BigDecimal.ONE, 20000, List.of(TaxLine.of("15")))))), creation);
    }

    static OrderAnswers answers() {
        ObjectMapper json = JsonMapping.create();
        return new OrderAnswers(new OrderMapper(new ContentMapper(json)), new OrderUpdateMapper(),
                new PaymentOperationMapper());
    }

    /**
     * Use cases for the order views (this resource, the store's and the customer's): get and list note their query
     * in {@code queries} and answer {@link #ORDER} (any other order ref is not found) or a page of it with a paging
     * token; any other use case fails the test if the resource calls it.
     */
    static OrderUseCases reading(List<Object> queries) {
        return new OrderUseCases(
                query -> {
                    queries.add(query);
                    if (!query.orderRef().equals("ORDER-1")) {
                        throw new NotFoundException("order", query.orderRef());
                    }
                    return ORDER;
                },
                query -> {
                    queries.add(query);
                    return new Page<>(List.of(ORDER), Optional.of(new PageCursor(ORDER.audit().createdAt(),
                            ORDER.id())));
                },
                c -> unexpected(), c -> unexpected(), c -> unexpected(), c -> unexpected(), c -> unexpected(),
                (q, limit, after) -> unexpected(), c -> unexpected(), (q, kind) -> unexpected(),
                (q, kind, id) -> unexpected());
    }

    static <T> T unexpected() {
        throw new AssertionError("the resource called a use case this request does not need");
    }

    record Answer(int status, JsonNode body) {
    }

    Answer get(String path) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/v1/"),
                URI.create("http://localhost/v1" + path), "GET", null, new MapPropertiesDelegate(), null);
        request.header("Authorization", "Bearer reader");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        return new Answer(response.getStatus(), JSON.readTree(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void list_parameters_become_one_query_and_the_page_answers_its_items_and_a_paging_token() throws Exception {
        Answer answer = get(BASE + "?status=open&payment_status=pending&created_at.gte=2026-11-01T00:00:00Z"
                + "&created_at.lte=2026-12-01T00:00:00Z&limit=1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(queries).singleElement().isInstanceOfSatisfying(ListOrdersQuery.class, query -> {
            assertThat(query.accountId()).isEqualTo(ACCOUNT);
            assertThat(query.status()).contains(OrderStatus.OPEN);
            assertThat(query.createdFrom()).contains(Instant.parse("2026-11-01T00:00:00Z"));
            assertThat(query.createdTo()).contains(Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(query.limit()).isEqualTo(1);
            assertThat(query.startingAfter()).isEmpty();
        });
        assertThat(answer.body().toString()).contains(ORDER.id().toString());
        assertThat(answer.body().findValue("paging_token").asText())
                .isEqualTo(new PageCursor(ORDER.audit().createdAt(), ORDER.id()).token());
    }

    @Test
    void an_unknown_status_is_400_naming_the_parameter_and_reaches_no_use_case() throws Exception {
        Answer answer = get(BASE + "?status=shipped");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/error/errors/0/field").asText()).isEqualTo("status");
        assertThat(queries).isEmpty();
    }

    @Test
    void an_order_answers_its_json_and_an_unknown_one_is_404() throws Exception {
        Answer found = get(BASE + "/ORDER-1");
        Answer missing = get(BASE + "/ORDER-2");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("order_id").asText()).isEqualTo("ORDER-1");
        assertThat(found.body().get("status").asText()).isEqualTo("open");
        assertThat(found.body().findValue("items").get(0).get("tax_lines").get(0).get("amount").asLong())
                .isEqualTo(2609);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().at("/error/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(queries).extracting(q -> ((GetOrderQuery) q).orderRef()).containsExactly("ORDER-1", "ORDER-2");
    }
}
