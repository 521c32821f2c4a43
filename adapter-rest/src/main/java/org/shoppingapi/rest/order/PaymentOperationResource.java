package org.shoppingapi.rest.order;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentOperation;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.RecordPaymentCommand;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.wire.PaymentCollections;
import org.shoppingapi.rest.wire.PaymentOperationMapper;
import org.shoppingapi.rest.wire.PaymentOperationRequestJson;

/**
 * /v1/accounts/{aid}/shopping/orders/{order_id}/authorizations, /captures, /refunds, /cancellations: record one,
 * list them, read one. The path segment names the kind; the order decides what it accepts.
 */
@Path("/accounts/{aid}/shopping/orders/{order_id}/{operations: authorizations|captures|refunds|cancellations}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PaymentOperationResource {

    private final OrderUseCases useCases;
    private final PaymentOperationMapper payments;

    public PaymentOperationResource(OrderUseCases useCases, PaymentOperationMapper payments) {
        this.useCases = useCases;
        this.payments = payments;
    }

    @POST
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response record(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                           @PathParam("operations") String operations, PaymentOperationRequestJson body,
                           @Context ContainerRequestContext request) {
        PaymentOperation recorded = useCases.recordPayment().record(new RecordPaymentCommand(
                CallerFactory.of(request, aid), orderId, kind(operations), payments.toDomain(body)));
        return Response.ok(payments.toJson(aid, orderId, recorded)).build();
    }

    @GET
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response list(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                         @PathParam("operations") String operations) {
        PaymentKind kind = kind(operations);
        return Response.ok(payments.toJson(aid, orderId, kind,
                useCases.listPayments().list(GetOrderQuery.of(aid, orderId), kind))).build();
    }

    @GET
    @Path("/{operation_id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response get(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                        @PathParam("operations") String operations,
                        @PathParam("operation_id") String operationId) {
        PaymentOperation operation = useCases.getPayment().get(GetOrderQuery.of(aid, orderId), kind(operations),
                RequestParams.uuid("operation_id", operationId));
        return Response.ok(payments.toJson(aid, orderId, operation)).build();
    }

    private static PaymentKind kind(String collection) {
        // The path template admits only the four collections.
        return PaymentCollections.kind(collection)
                .orElseThrow(() -> new IllegalStateException("no payment operation kind for " + collection));
    }
}
