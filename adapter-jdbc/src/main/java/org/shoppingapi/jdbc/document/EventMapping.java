package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.event.ServiceEvent;

/** Api- and service-events ↔ their stored rows; the stored {@code event_type} decides which fields are required. */
public final class EventMapping {

    static final String API_EVENT = "api-event";
    static final String SERVICE_EVENT = "service-event";

    private EventMapping() {
    }

    /** The body of an event row. */
    static EventRow toRow(OrderEvent event) {
        return switch (event) {
            case ApiEvent a -> new EventRow(EventRow.CURRENT_VERSION, API_EVENT, a.id(), a.createdAt(), a.createdBy(), a.version(), a.draftId(),
                    a.source() == null ? null : new EventRow.RequestRow(a.source().address(), a.source().action()),
                    null, null, null, null, null);
            case ServiceEvent s -> new EventRow(EventRow.CURRENT_VERSION, SERVICE_EVENT, s.id(), s.createdAt(), s.createdBy(), null, null, null,
                    StoredNames.of(s.state()), s.service(), s.serviceStatus(), s.description(), s.metadata());
        };
    }

    /** An event row's body must say its version, and it must be one this code reads. */
    static void requireRowVersion(EventRow row, String path) {
        int version = required(row.schemaVersion(), path + ".schema_version");
        if (version != EventRow.CURRENT_VERSION) {
            throw Fields.invalid(path + ".schema_version", version, "" + EventRow.CURRENT_VERSION);
        }
    }

    static OrderEvent toDomain(EventRow row, String path) {
        required(row, path);
        String type = required(row.eventType(), path + ".event_type");
        return switch (type) {
            case API_EVENT -> toApiEvent(row, path);
            case SERVICE_EVENT -> new ServiceEvent(required(row.id(), path + ".id"),
                    required(row.createdAt(), path + ".created_at"), row.createdBy(),
                    StoredNames.eventState(row.state(), path + ".state"), required(row.service(), path + ".service"),
                    required(row.serviceStatus(), path + ".service_status"), row.description(),
                    required(row.metadata(), path + ".metadata"));
            default -> throw Fields.invalid(path + ".event_type", type, API_EVENT + " or " + SERVICE_EVENT);
        };
    }

    /**
     * A draft's event: always an api-event. Drafts written before events carried their type have none; as a draft
     * never held anything else, that is the one absent field that has a meaning.
     */
    static ApiEvent toApiEvent(EventRow row, String path) {
        required(row, path);
        if (row.eventType() != null && !API_EVENT.equals(row.eventType())) {
            throw Fields.invalid(path + ".event_type", row.eventType(), API_EVENT);
        }
        if (row.state() != null || row.service() != null || row.serviceStatus() != null || row.metadata() != null) {
            throw Fields.unexpected(path + ".service", "on an api-event");
        }
        EventRow.RequestRow request = row.request();
        return new ApiEvent(required(row.id(), path + ".id"), required(row.createdAt(), path + ".created_at"),
                row.createdBy(), required(row.version(), path + ".version"), row.draftId(),
                request == null ? null : new ChangeSource(request.path(), request.method()));
    }
}
