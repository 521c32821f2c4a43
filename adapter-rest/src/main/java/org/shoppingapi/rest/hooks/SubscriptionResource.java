package org.shoppingapi.rest.hooks;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.webhook.CreateSubscriptionUseCase;
import org.shoppingapi.ports.in.webhook.DeleteSubscriptionUseCase;
import org.shoppingapi.ports.in.webhook.GetSubscriptionUseCase;
import org.shoppingapi.ports.in.webhook.ListDeliveriesUseCase;
import org.shoppingapi.ports.in.webhook.ListSubscriptionsUseCase;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.error.ApiException;
import org.shoppingapi.rest.wire.DeliveriesJson;
import org.shoppingapi.rest.wire.SubscriptionJson;
import org.shoppingapi.rest.wire.SubscriptionMapper;
import org.shoppingapi.rest.wire.SubscriptionRequestJson;
import org.shoppingapi.rest.wire.SubscriptionsJson;

/**
 * /v1/accounts/{aid}/hooks/subscriptions: webhook subscriptions and their delivery logs (SPEC §6). Every route,
 * reads included, takes a hooks scope or {@code admin:shopping}: the subscriptions say where the account's data goes.
 */
@Path("/accounts/{aid}/hooks/subscriptions")
@RequiresScopes({Scopes.ADMIN_HOOKS, Scopes.WRITE_HOOKS, Scopes.ADMIN_SHOPPING})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SubscriptionResource {

    /** Use cases the resource calls, bundled so its constructor stays readable. */
    public record UseCases(CreateSubscriptionUseCase create, GetSubscriptionUseCase get,
                           ListSubscriptionsUseCase list, DeleteSubscriptionUseCase delete,
                           ListDeliveriesUseCase deliveries) {

        /** All five from the one object that implements them. */
        public static <S extends CreateSubscriptionUseCase & GetSubscriptionUseCase & ListSubscriptionsUseCase
                & DeleteSubscriptionUseCase & ListDeliveriesUseCase> UseCases of(S subscriptions) {
            return new UseCases(subscriptions, subscriptions, subscriptions, subscriptions, subscriptions);
        }
    }

    private final UseCases useCases;
    private final SubscriptionMapper mapper;

    public SubscriptionResource(UseCases useCases, SubscriptionMapper mapper) {
        this.useCases = useCases;
        this.mapper = mapper;
    }

    @POST
    public SubscriptionJson create(@PathParam("aid") String aid, SubscriptionRequestJson body,
                                   @Context ContainerRequestContext request) {
        if (body == null) {
            throw ApiException.badField("config", "is required");
        }
        SubscriptionRequestJson.ConfigJson config = body.config();
        if (config == null) {
            throw ApiException.badField("config", "is required");
        }
        return mapper.toJson(useCases.create().create(mapper.toCommand(CallerFactory.of(request, aid),
                config.url(), config.contentType(), config.secret(), body.events())));
    }

    @GET
    public SubscriptionsJson list(@PathParam("aid") String aid, @QueryParam("limit") String limit,
                                  @QueryParam("starting_after") String startingAfter) {
        return mapper.toJson(useCases.list().list(aid, RequestParams.pageLimit(limit),
                RequestParams.startingAfter(startingAfter)));
    }

    @GET
    @Path("/{id}")
    public SubscriptionJson get(@PathParam("aid") String aid, @PathParam("id") String id) {
        return mapper.toJson(useCases.get().get(aid, uuid(id)));
    }

    @DELETE
    @Path("/{id}")
    public SubscriptionJson delete(@PathParam("aid") String aid, @PathParam("id") String id,
                                   @Context ContainerRequestContext request) {
        return mapper.toJson(useCases.delete().delete(CallerFactory.of(request, aid), uuid(id)));
    }

    @GET
    @Path("/{id}/deliveries")
    public DeliveriesJson deliveries(@PathParam("aid") String aid, @PathParam("id") String id,
                                     @QueryParam("limit") String limit,
                                     @QueryParam("starting_after") String startingAfter) {
        return mapper.toJson(aid, useCases.deliveries().deliveries(aid, uuid(id), RequestParams.pageLimit(limit),
                RequestParams.startingAfter(startingAfter)));
    }

    private static UUID uuid(String id) {
        return RequestParams.uuid("id", id);
    }
}
