package org.shoppingapi.rest.wire;

import java.util.List;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.event.ServiceEvent;

/** Domain draft → wire draft, with its events and links. */
public final class DraftMapper {

    private final ContentMapper content;

    public DraftMapper(ContentMapper content) {
        this.content = content;
    }

    public DraftJson toJson(Draft draft) {
        String self = "/v1/accounts/" + draft.accountId() + "/shopping/draft_orders/" + draft.id();
        return new DraftJson(draft.id().toString(), draft.audit().createdAt(), draft.audit().createdBy(),
                draft.audit().updatedAt(), draft.audit().deletedBy(), draft.audit().deletedAt(),
                draft.status().wireName(), draft.version(),
                draft.events().stream().map(DraftMapper::toJson).toList(),
                content.toJson(draft.options()), content.toJson(draft.order()),
                List.of(new LinkJson(self, "self")));
    }

    /** Either kind of event on the wire. */
    public static EventJson toJson(OrderEvent event) {
        return switch (event) {
            case ApiEvent api -> new EventJson(api.id().toString(), ApiEvent.TYPE, api.createdAt(), api.createdBy(),
                    api.version(), api.draftId() == null ? null : api.draftId().toString(),
                    api.request() == null ? null : new EventJson.RequestJson(api.request().path(), api.request().method()),
                    null, null, null, null, null);
            case ServiceEvent service -> new EventJson(service.id().toString(), ServiceEvent.TYPE,
                    service.createdAt(), service.createdBy(), null, null, null, service.state().wireName(),
                    service.service(), service.serviceStatus(), service.description(), service.metadata());
        };
    }
}
