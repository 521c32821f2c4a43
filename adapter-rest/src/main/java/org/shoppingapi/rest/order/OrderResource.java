package org.shoppingapi.rest.order;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.CancelOrderCommand;
import org.shoppingapi.ports.in.order.CloseOrderCommand;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.OpenOrderCommand;
import org.shoppingapi.ports.in.order.UpdateOrderCommand;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.wire.CancelOrderRequestJson;

/** /v1/accounts/{aid}/shopping/orders: read, list, partial update, open, close, cancel; answers the order. */
@Path("/accounts/{aid}/shopping/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrderResource {

    private final OrderUseCases useCases;
    private final OrderAnswers answers;

    public OrderResource(OrderUseCases useCases, OrderAnswers answers) {
        this.useCases = useCases;
        this.answers = answers;
    }

    @GET
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response list(@PathParam("aid") String aid, @BeanParam OrderListParams params) {
        boolean includeEvents = params.includeEvents(); // read first: a bad flag is refused before any use case
        return answers.page(useCases.list().list(params.query(aid)), includeEvents);
    }

    @GET
    @Path("/{order_id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response get(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                        @QueryParam("include_events") String includeEvents) {
        boolean withEvents = RequestParams.flag("include_events", includeEvents); // refused before any use case
        return answers.order(useCases.get().get(GetOrderQuery.of(aid, orderId)), withEvents);
    }

    @PUT
    @Path("/{order_id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response update(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                           Map<String, Object> body, @Context ContainerRequestContext request) {
        return answers.order(useCases.update().update(new UpdateOrderCommand(CallerFactory.of(request, aid),
                orderId, answers.updates().changes(body))), false);
    }

    /** The body is {@code {}} or absent; anything in it is ignored. */
    @POST
    @Path("/{order_id}/open")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response open(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                         Map<String, Object> ignored, @Context ContainerRequestContext request) {
        return answers.order(useCases.open().open(new OpenOrderCommand(CallerFactory.of(request, aid), orderId)),
                false);
    }

    /** The body is {@code {}} or absent; anything in it is ignored. */
    @POST
    @Path("/{order_id}/close")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response close(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                          Map<String, Object> ignored, @Context ContainerRequestContext request) {
        return answers.order(useCases.close().close(new CloseOrderCommand(CallerFactory.of(request, aid), orderId)),
                false);
    }

    @POST
    @Path("/{order_id}/cancel")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response cancel(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                           CancelOrderRequestJson body, @Context ContainerRequestContext request) {
        String reason = body == null ? null : body.cancelledReason();
        return answers.order(useCases.cancel().cancel(new CancelOrderCommand(CallerFactory.of(request, aid),
                orderId, reason)), false);
    }
}
