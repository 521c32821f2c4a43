package org.shoppingapi.rest.draft;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.ports.in.draft.DraftCompletion;
import org.shoppingapi.rest.wire.ContentMapper;
import org.shoppingapi.rest.wire.DraftMapper;

/** Turns drafts into responses: the wire draft with {@code ETag: "<version>"} (SPEC §1), and the mappers for requests. */
public record DraftAnswers(ContentMapper content, DraftMapper drafts) {

    public Response draft(Draft draft) {
        return Response.ok(drafts.toJson(draft)).tag(etag(draft)).build();
    }

    public Response completion(DraftCompletion completion) {
        return Response.ok(drafts.toJson(completion)).tag(etag(completion.draft())).build();
    }

    private static EntityTag etag(Draft draft) {
        return new EntityTag(Long.toString(draft.version()));
    }
}
