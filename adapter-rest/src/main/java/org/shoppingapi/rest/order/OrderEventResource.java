package org.shoppingapi.rest.order;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.AddOrderEventCommand;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.ListOrderEventsUseCase;
import org.shoppingapi.ports.in.order.OrderEvents;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.wire.EventMapper;
import org.shoppingapi.rest.wire.LinkJson;
import org.shoppingapi.rest.wire.OrderEventRequestJson;
import org.shoppingapi.rest.wire.OrderEventsJson;
import org.shoppingapi.rest.wire.OrderLinks;
import org.shoppingapi.rest.wire.WireEnums;

/** /v1/accounts/{aid}/shopping/orders/{order_id}/events (seed 000): services post their progress; the list and its state. */
@Path("/accounts/{aid}/shopping/orders/{order_id}/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrderEventResource {

    private final OrderUseCases useCases;

    public OrderEventResource(OrderUseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.WRITE_ORDER_EVENTS})
    public Response add(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                        OrderEventRequestJson body, @Context ContainerRequestContext request) {
        OrderEventRequestJson event = body == null
                ? new OrderEventRequestJson(null, null, null, null, null) : body;
        EventState state = RequestParams.text(event.state())
                .map(s -> WireEnums.parse(EventState.class, s, "state")).orElse(null);
        ServiceEvent stored = useCases.addEvent().add(new AddOrderEventCommand(CallerFactory.of(request, aid),
                orderId, state, event.service(), event.serviceStatus(), event.description(),
                Extensions.of(event.metadata())));
        List<LinkJson> links = List.of(new LinkJson(OrderLinks.order(aid, orderId), "order"),
                new LinkJson(OrderLinks.order(aid, orderId) + "/events", "events"));
        return Response.ok(EventMapper.toJson(stored, links)).build();
    }

    @GET
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING,
            Scopes.READ_ORDER_EVENTS, Scopes.WRITE_ORDER_EVENTS})
    public Response list(@PathParam("aid") String aid, @PathParam("order_id") String orderId,
                         @QueryParam("limit") String limit, @QueryParam("starting_after") String startingAfter) {
        OrderEvents events = useCases.listEvents().list(GetOrderQuery.of(aid, orderId),
                RequestParams.integer("limit", limit).orElse(ListOrderEventsUseCase.MAX_PAGE),
                RequestParams.text(startingAfter).map(after -> RequestParams.uuid("starting_after", after)));
        return Response.ok(new OrderEventsJson(events.events().stream().map(EventMapper::toJson).toList(),
                WireEnums.name(events.state()), events.next().map(UUID::toString).orElse(null))).build();
    }
}
