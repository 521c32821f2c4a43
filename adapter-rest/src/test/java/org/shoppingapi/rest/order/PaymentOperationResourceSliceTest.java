package org.shoppingapi.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.rest.RestSlice.unexpected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentOperation;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.RecordPaymentCommand;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;
import org.shoppingapi.rest.wire.PaymentOperationMapper;

/**
 * The payment operation resource as a slice, in memory against fake use cases (no database): the path segment names
 * the kind, a body becomes one command, an operation becomes its JSON with its link and a list sits under its
 * collection's name, and refused fields, an amount beyond what is available and unknown orders or operations become
 * their statuses and error bodies.
 */
class PaymentOperationResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String ORDER = "/accounts/" + ACCOUNT + "/shopping/orders/ORDER-1";
    static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");
    static final UUID ID = new UUID(0, 7);

    final List<Object> calls = new ArrayList<>();
    RuntimeException refusal;

    final RestSlice slice = new RestSlice(ACCOUNT, Set.of(Scopes.WRITE_SHOPPING),
            new PaymentOperationResource(new OrderUseCases(
                    query -> unexpected(), query -> unexpected(), command -> unexpected(), command -> unexpected(),
                    command -> unexpected(), command -> unexpected(), command -> unexpected(),
                    (query, limit, after) -> unexpected(),
                    command -> {
                        calls.add(command);
                        if (refusal != null) {
                            throw refusal;
                        }
                        return operation(command.kind(), command.request().items());
                    },
                    (order, kind) -> {
                        calls.add(List.of(order, kind));
                        return List.of(operation(kind, List.of(new PaymentItem(1, 500))));
                    },
                    (order, kind, id) -> {
                        calls.add(List.of(order, kind, id));
                        throw new NotFoundException("payment operation", id);
                    }), new PaymentOperationMapper()));

    static PaymentOperation operation(PaymentKind kind, List<PaymentItem> items) {
        return new PaymentOperation(ID, kind, items, items.stream().mapToLong(PaymentItem::amount).sum(), true,
                AT, "psp", Map.of("ref", "x"), Map.of(), AT, "pos-1");
    }

    @Test
    void a_posted_capture_becomes_one_command_of_its_kind_and_answers_its_json() throws Exception {
        Answer answer = slice.call("POST", ORDER + "/captures", """
                {"items": [{"line_id": 1, "amount": 15000}, {"line_id": 2, "amount": 2500}],
                 "processed_at": "2026-11-30T11:59:00Z", "payment_details": {"ref": "x"}}""");

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(RecordPaymentCommand.class, command -> {
            assertThat(command.caller().accountId()).isEqualTo(ACCOUNT);
            assertThat(command.orderRef()).isEqualTo("ORDER-1");
            assertThat(command.kind()).isEqualTo(PaymentKind.CAPTURE);
            assertThat(command.request().items()).containsExactly(new PaymentItem(1, 15000), new PaymentItem(2, 2500));
            assertThat(command.request().processedAt()).isEqualTo(Instant.parse("2026-11-30T11:59:00Z"));
        });
        assertThat(answer.body().get("amount").asLong()).isEqualTo(17500);
        assertThat(answer.body().at("/items/1/amount").asLong()).isEqualTo(2500);
        assertThat(answer.body().at("/_links/0/href").asText()).isEqualTo("/v1" + ORDER + "/captures/" + ID);
    }

    @Test
    void refused_fields_are_400_naming_each_and_reach_no_use_case() throws Exception {
        Answer missing = slice.call("POST", ORDER + "/refunds", "{\"items\": [{\"line_id\": 1}]}");
        Answer wrongType = slice.call("POST", ORDER + "/refunds", "{\"items\": [{\"line_id\": 1, \"amount\": \"x\"}]}");
        Answer malformedId = slice.call("GET", ORDER + "/refunds/not-a-uuid", null);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(missing.errorFields()).containsExactly("items[0].amount");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("items[0].amount");
        assertThat(malformedId.errorFields()).containsExactly("operation_id");
        assertThat(calls).isEmpty();
    }

    @Test
    void the_orders_refusal_and_an_unknown_operation_become_409_and_404() throws Exception {
        refusal = new ConflictException(ConflictException.AMOUNT_EXCEEDS_AVAILABLE, "items[0].amount exceeds");
        Answer exceeds = slice.call("POST", ORDER + "/captures", "{\"items\": [{\"line_id\": 1, \"amount\": 1}]}");
        Answer unknown = slice.call("GET", ORDER + "/authorizations/" + ID, null);

        assertThat(exceeds.status()).isEqualTo(409);
        assertThat(exceeds.errorCode()).isEqualTo(ConflictException.AMOUNT_EXCEEDS_AVAILABLE);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(calls.get(1)).isEqualTo(List.of(GetOrderQuery.of(ACCOUNT, "ORDER-1"), PaymentKind.AUTHORIZATION,
                ID));
    }

    @Test
    void a_list_sits_under_its_collections_name_and_an_unknown_collection_is_no_resource() throws Exception {
        Answer answer = slice.call("GET", ORDER + "/cancellations", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(calls).containsExactly(List.of(GetOrderQuery.of(ACCOUNT, "ORDER-1"), PaymentKind.CANCELLATION));
        assertThat(answer.body().get("cancellations")).singleElement()
                .satisfies(op -> assertThat(op.get("amount").asLong()).isEqualTo(500));
        assertThat(slice.call("GET", ORDER + "/chargebacks", null).status()).isEqualTo(404);
        assertThat(calls).hasSize(1);
    }
}
