package org.shoppingapi.rest.wire;

import java.util.List;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.event.ServiceEvent;

/** A draft's or order's event on the wire, of either kind. */
public final class EventMapper {

    private EventMapper() {
    }

    public static EventJson toJson(OrderEvent event) {
        return toJson(event, null);
    }

    /** The event with {@code _links} (the answer of POST /orders/{order_id}/events, seed 000). */
    public static EventJson toJson(OrderEvent event, List<LinkJson> links) {
        return switch (event) {
            case ApiEvent api -> new EventJson(api.id().toString(), ApiEvent.TYPE, api.createdAt(), api.createdBy(),
                    api.version(), api.draftId() == null ? null : api.draftId().toString(),
                    api.source() == null ? null
                            : new EventJson.RequestJson(api.source().address(), api.source().action()),
                    null, null, null, null, null, links);
            case ServiceEvent service -> new EventJson(service.id().toString(), ServiceEvent.TYPE,
                    service.createdAt(), service.createdBy(), null, null, null, WireEnums.name(service.state()),
                    service.service(), service.serviceStatus(), service.description(), service.metadata(), links);
        };
    }
}
