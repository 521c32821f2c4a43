package org.shoppingapi.rest.draft;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.draft.CompleteDraftCommand;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.in.draft.DeleteDraftCommand;
import org.shoppingapi.ports.in.draft.DraftCompletion;
import org.shoppingapi.ports.in.draft.ListDraftsQuery;
import org.shoppingapi.ports.in.draft.UpdateDraftCommand;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.error.ApiException;
import org.shoppingapi.rest.wire.DraftRequestJson;
import org.shoppingapi.rest.wire.WireEnums;

/** /v1/accounts/{aid}/shopping/draft_orders: parse, call the use case, answer the draft with its ETag. */
@Path("/accounts/{aid}/shopping/draft_orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DraftResource {

    private final DraftUseCases useCases;
    private final DraftAnswers answers;

    public DraftResource(DraftUseCases useCases, DraftAnswers answers) {
        this.useCases = useCases;
        this.answers = answers;
    }

    @POST
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response create(@PathParam("aid") String aid, @QueryParam("apply_discounts") String applyDiscounts,
                           DraftRequestJson body, @Context ContainerRequestContext request) {
        DraftRequestJson draft = requireBody(body);
        return answers.draft(useCases.create().create(new CreateDraftCommand(CallerFactory.of(request, aid),
                answers.content().toDomain(draft.order(), "order"), answers.content().toDomain(draft.options()),
                DiscountFlag.read(request, applyDiscounts))));
    }

    @GET
    @Path("/{id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response get(@PathParam("aid") String aid, @PathParam("id") String id) {
        return answers.draft(useCases.get().get(aid, RequestParams.uuid("id", id)));
    }

    @GET
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response list(@PathParam("aid") String aid, @QueryParam("status") String status,
                         @QueryParam("created_at.gte") String createdFrom,
                         @QueryParam("created_at.lte") String createdTo, @QueryParam("limit") String limit,
                         @QueryParam("starting_after") String startingAfter) {
        ListDraftsQuery query = new ListDraftsQuery(aid,
                RequestParams.text(status).map(s -> WireEnums.parse(DraftStatus.class, s, "status")),
                RequestParams.timestamp("created_at.gte", createdFrom),
                RequestParams.timestamp("created_at.lte", createdTo),
                RequestParams.pageLimit(limit), RequestParams.startingAfter(startingAfter));
        return Response.ok(answers.drafts().toJson(useCases.list().list(query))).build();
    }

    @PUT
    @Path("/{id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response update(@PathParam("aid") String aid, @PathParam("id") String id,
                           @QueryParam("apply_discounts") String applyDiscounts,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DraftRequestJson body,
                           @Context ContainerRequestContext request) {
        DraftRequestJson draft = requireBody(body);
        return answers.draft(useCases.update().update(new UpdateDraftCommand(CallerFactory.of(request, aid),
                RequestParams.uuid("id", id), answers.content().toDomain(draft.order(), "order"),
                answers.content().toDomain(draft.options()), RequestParams.ifMatch(ifMatch),
                DiscountFlag.read(request, applyDiscounts))));
    }

    @DELETE
    @Path("/{id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response delete(@PathParam("aid") String aid, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context ContainerRequestContext request) {
        return answers.draft(useCases.delete().delete(new DeleteDraftCommand(CallerFactory.of(request, aid),
                RequestParams.uuid("id", id), RequestParams.ifMatch(ifMatch))));
    }

    /** The body is {@code {}} or absent (SPEC §2); anything else in it is ignored, as unknown fields are. */
    @PUT
    @Path("/{id}/complete")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response complete(@PathParam("aid") String aid, @PathParam("id") String id,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Map<String, Object> ignored,
                             @Context ContainerRequestContext request) {
        DraftCompletion completion = useCases.complete().complete(new CompleteDraftCommand(
                CallerFactory.of(request, aid), RequestParams.uuid("id", id), RequestParams.ifMatch(ifMatch)));
        return answers.completion(completion);
    }

    private static DraftRequestJson requireBody(DraftRequestJson body) {
        if (body == null) {
            throw ApiException.badField("order", "is required");
        }
        return body;
    }
}
