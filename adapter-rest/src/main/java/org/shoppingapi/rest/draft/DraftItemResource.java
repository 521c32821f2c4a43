package org.shoppingapi.rest.draft;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.draft.AddDraftItemCommand;
import org.shoppingapi.ports.in.draft.RemoveDraftItemCommand;
import org.shoppingapi.ports.in.draft.ReplaceDraftItemCommand;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.wire.ItemJson;

/** /v1/accounts/{aid}/shopping/draft_orders/{id}/items: add, replace and remove one item; answers the draft. */
@Path("/accounts/{aid}/shopping/draft_orders/{id}/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DraftItemResource {

    private final DraftUseCases useCases;
    private final DraftAnswers answers;

    public DraftItemResource(DraftUseCases useCases, DraftAnswers answers) {
        this.useCases = useCases;
        this.answers = answers;
    }

    @POST
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response add(@PathParam("aid") String aid, @PathParam("id") String id,
                        @QueryParam("apply_discounts") String applyDiscounts,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ItemJson body,
                        @Context ContainerRequestContext request) {
        return answers.draft(useCases.addItem().addItem(new AddDraftItemCommand(CallerFactory.of(request, aid),
                RequestParams.uuid("id", id), answers.content().itemBody(body, null), RequestParams.ifMatch(ifMatch),
                DiscountFlag.read(request, applyDiscounts))));
    }

    @PUT
    @Path("/{line_id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response replace(@PathParam("aid") String aid, @PathParam("id") String id,
                            @PathParam("line_id") String lineId, @QueryParam("apply_discounts") String applyDiscounts,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ItemJson body,
                            @Context ContainerRequestContext request) {
        int line = RequestParams.lineId(lineId);
        return answers.draft(useCases.replaceItem().replaceItem(new ReplaceDraftItemCommand(
                CallerFactory.of(request, aid), RequestParams.uuid("id", id), line,
                answers.content().itemBody(body, line), RequestParams.ifMatch(ifMatch),
                DiscountFlag.read(request, applyDiscounts))));
    }

    @DELETE
    @Path("/{line_id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response remove(@PathParam("aid") String aid, @PathParam("id") String id,
                           @PathParam("line_id") String lineId, @QueryParam("apply_discounts") String applyDiscounts,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context ContainerRequestContext request) {
        return answers.draft(useCases.removeItem().removeItem(new RemoveDraftItemCommand(
                CallerFactory.of(request, aid), RequestParams.uuid("id", id), RequestParams.lineId(lineId),
                RequestParams.ifMatch(ifMatch), DiscountFlag.read(request, applyDiscounts))));
    }
}
