package org.shoppingapi.domain.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;

/** Posted by a client service to report its progress on an order (seed 000). */
public record ServiceEvent(UUID id, Instant createdAt, String createdBy, EventState state, String service,
                           String serviceStatus, String description, Map<String, Object> metadata)
        implements OrderEvent {

    public static final String TYPE = "service-event";

    /** Refuses an event without {@code service}/{@code service_status}; a missing state means success. */
    public ServiceEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        List<FieldError> errors = new ArrayList<>();
        if (service == null || service.isBlank()) {
            errors.add(FieldError.required("service"));
        }
        if (serviceStatus == null || serviceStatus.isBlank()) {
            errors.add(FieldError.required("service_status"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        state = state == null ? EventState.SUCCESS : state;
        // Copied here rather than through common.Attributes: common already depends on event (ChangeContext).
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
