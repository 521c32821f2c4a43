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
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ReadPaymentSessionsUseCase;
import org.shoppingapi.ports.in.order.StartPaymentSessionCommand;
import org.shoppingapi.ports.in.order.StartPaymentSessionUseCase;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.wire.SessionMapper;
import org.shoppingapi.rest.wire.SessionRequestJson;

/**
 * /v1/accounts/{aid}/shopping/orders/{order_id}/sessions (SPEC §5b): start a payment session at the checkout provider,
 * list an order's sessions, read one.
 */
@Path("/accounts/{aid}/shopping/orders/{order_id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SessionResource {

    /** The in-ports this resource calls. */
    public record UseCases(StartPaymentSessionUseCase start, ReadPaymentSessionsUseCase read) {

        /** Both from the one object that implements them. */
        public static <S extends StartPaymentSessionUseCase & ReadPaymentSessionsUseCase> UseCases of(S sessions) {
            return new UseCases(sessions, sessions);
        }
    }

    private final UseCases useCases;
    private final SessionMapper sessions;

    public SessionResource(UseCases useCases, SessionMapper sessions) {
        this.useCases = useCases;
        this.sessions = sessions;
    }

    @POST
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response start(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                          SessionRequestJson body, @Context ContainerRequestContext request) {
        PaymentSession started = useCases.start().start(new StartPaymentSessionCommand(
                CallerFactory.of(request, aid), orderId, sessions.toDomain(body)));
        return Response.ok(sessions.toJson(aid, orderId, started)).build();
    }

    @GET
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response list(@PathParam("aid") String aid, @PathParam("order_id") String orderId) {
        return Response.ok(sessions.toJson(aid, orderId, useCases.read().list(GetOrderQuery.of(aid, orderId))))
                .build();
    }

    @GET
    @Path("/{session_id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response get(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                        @PathParam("session_id") String sessionId) {
        return Response.ok(sessions.toJson(aid, orderId,
                useCases.read().get(GetOrderQuery.of(aid, orderId), sessionId))).build();
    }
}
