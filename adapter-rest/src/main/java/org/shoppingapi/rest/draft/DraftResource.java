package org.shoppingapi.rest.draft;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.in.draft.CreateDraftUseCase;
import org.shoppingapi.ports.in.draft.GetDraftUseCase;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.error.ApiException;
import org.shoppingapi.rest.wire.ContentMapper;
import org.shoppingapi.rest.wire.DraftMapper;
import org.shoppingapi.rest.wire.DraftRequestJson;

/** /v1/accounts/{aid}/shopping/draft_orders: parse, call the use case, answer the draft with its ETag. */
@Path("/accounts/{aid}/shopping/draft_orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DraftResource {

    private final CreateDraftUseCase createDraft;
    private final GetDraftUseCase getDraft;
    private final ContentMapper content;
    private final DraftMapper drafts;

    public DraftResource(CreateDraftUseCase createDraft, GetDraftUseCase getDraft, ContentMapper content,
                         DraftMapper drafts) {
        this.createDraft = createDraft;
        this.getDraft = getDraft;
        this.content = content;
        this.drafts = drafts;
    }

    @POST
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING})
    public Response create(@PathParam("aid") String aid, @QueryParam("apply_discounts") boolean applyDiscounts,
                           DraftRequestJson body, @Context ContainerRequestContext request) {
        if (body == null) {
            throw ApiException.badField("order", "is required");
        }
        Draft draft = createDraft.create(new CreateDraftCommand(CallerFactory.of(request, aid),
                content.toDomain(body.order(), "order"), content.toDomain(body.options()), applyDiscounts));
        return ok(draft);
    }

    @GET
    @Path("/{id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response get(@PathParam("aid") String aid, @PathParam("id") String id) {
        return ok(getDraft.get(aid, PathIds.uuid("id", id)));
    }

    private Response ok(Draft draft) {
        return Response.ok(drafts.toJson(draft)).tag(new EntityTag(Long.toString(draft.version()))).build();
    }

    /** Path ids that must be UUIDs: a malformed one is the caller's mistake (400), never a 500. */
    static final class PathIds {
        private PathIds() {
        }

        static UUID uuid(String field, String value) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw ApiException.badField(field, "must be a UUID");
            }
        }
    }
}
