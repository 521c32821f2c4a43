package org.shoppingapi.rest.wire;

import java.util.List;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.ports.in.draft.DraftCompletion;
import org.shoppingapi.ports.paging.Page;

/** Domain draft → wire draft, with its events and links; also the list page and the completion answer. */
public final class DraftMapper {

    private final ContentMapper content;
    private final OrderMapper orders;

    public DraftMapper(ContentMapper content, OrderMapper orders) {
        this.content = content;
        this.orders = orders;
    }

    public DraftJson toJson(Draft draft) {
        String self = "/v1/accounts/" + draft.accountId() + "/shopping/draft_orders/" + draft.id();
        return new DraftJson(draft.id().toString(), draft.audit().createdAt(), draft.audit().createdBy(),
                draft.audit().updatedAt(), draft.audit().deletedBy(), draft.audit().deletedAt(),
                WireEnums.name(draft.status()), draft.version(),
                draft.events().stream().map(EventMapper::toJson).toList(),
                content.toJson(draft.options()), content.toJson(draft.order()),
                List.of(new LinkJson(self, "self")));
    }

    public DraftListJson toJson(Page<Draft> page) {
        return new DraftListJson(page.items().stream().map(this::toJson).toList(),
                page.next().map(cursor -> cursor.token()).orElse(null));
    }

    public CompletedDraftJson toJson(DraftCompletion completion) {
        return new CompletedDraftJson(toJson(completion.draft()),
                completion.orders().stream().map(orders::toJson).toList());
    }
}
